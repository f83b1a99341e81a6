import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { StallCategory, StallStatus } from '../stall/stall-enums';
import { Stall } from '../stall/stall.entity';
import { parseClock } from '../vending-zone/opening-window';
import { VendingZoneStatus } from '../vending-zone/vending-zone-enums';
import { VendingZone } from '../vending-zone/vending-zone.entity';
import { DEMO_ZONES } from './vending-zones.data';

/** Zones and their standard stalls (all FREE; allocations are seeded by the permit seeder). */
export function seedVendingZones(tx: EntityManager): Stall[] {
  const stalls: Stall[] = [];
  for (const z of DEMO_ZONES) {
    const zone = tx.create(VendingZone, {
      id: seedId('vending-zone', z.key),
      name: z.name,
      kind: z.kind,
      status: VendingZoneStatus.OPEN,
      address: z.address,
      lat: z.lat,
      lng: z.lng,
      gridCode: z.gridCode,
      unitId: seedId('unit', z.squad),
      opensMinute: parseClock(z.opens)!,
      closesMinute: parseClock(z.closes)!,
      facilities: z.facilities,
    });
    let n = 0;
    for (const [category, count] of z.stalls) {
      for (let i = 0; i < count; i += 1) {
        n += 1;
        const number = `${String.fromCharCode(65 + Math.floor((n - 1) / 20))}-${String(((n - 1) % 20) + 1).padStart(2, '0')}`;
        stalls.push(
          tx.create(Stall, {
            id: seedId('stall', `${z.key}:${number}`),
            zoneId: zone.id,
            number,
            category,
            environmentalStove: category === StallCategory.SNACKS,
            status: StallStatus.FREE,
          }),
        );
      }
    }
  }
  return stalls;
}
