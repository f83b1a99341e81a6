import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '../../../kernel/log/logger';
import { VendingZone } from '../vending-zone/vending-zone.entity';
import { seedMerchantVisits } from './seed-merchant-visits';
import { seedServicePoints } from './seed-service-points';
import { seedServiceWork } from './seed-service-work';
import { seedVendingZones } from './seed-vending-zones';
import { DEMO_SERVICE_POINTS } from './service-points.data';
import { DEMO_ZONES } from './vending-zones.data';

/** Demo data of the service subgraph (兰溪); idempotent (does nothing when zones exist). */
export async function seedService(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(VendingZone, {})) > 0) {
    return;
  }
  await em.transactional(async (tx) => {
    seedVendingZones(tx);
    await seedServicePoints(tx);
    await seedMerchantVisits(tx);
    await seedServiceWork(tx);
  });
  log.info({ zones: DEMO_ZONES.length, servicePoints: DEMO_SERVICE_POINTS.length }, 'seeded service demo data');
}
