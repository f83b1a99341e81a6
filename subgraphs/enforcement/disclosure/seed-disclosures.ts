import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '../../../kernel/log/logger';
import { addWorkingDays } from '../calendar/working-calendar';
import { publishDueDecisions } from './disclosure-publication';

/** The demo bureau published its past penalty decisions two working days after each (no timeline entries for seeded history). */
export async function seedDisclosures(em: EntityManager, log: Logger): Promise<void> {
  const now = new Date();
  const published = await em.transactional((tx) =>
    publishDueDecisions(tx, now, {
      limit: 100_000,
      timeline: false,
      publishedAt: (decidedAt) => new Date(Math.min(now.getTime(), addWorkingDays(decidedAt, 2).getTime())),
    }),
  );
  if (published > 0) {
    log.info({ disclosures: published }, 'seeded penalty disclosures');
  }
}
