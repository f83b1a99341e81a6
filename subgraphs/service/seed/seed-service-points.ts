import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { chinaDate } from '../../../kernel/time/china-time';
import { VisitorGroup } from '../service-point/service-point-enums';
import { ServicePoint } from '../service-point/service-point.entity';
import { DEMO_SERVICE_POINTS } from './service-points.data';

const GROUPS = [VisitorGroup.SANITATION_WORKER, VisitorGroup.COURIER, VisitorGroup.OTHER];

/**
 * Service points and a year of visit tallies at the case demo's scale: a point serves on the town's market days only
 * (半月集, every 15 days, each point on its own day of the cycle), when it is busy — 2.5× the average day.
 */
export async function seedServicePoints(tx: EntityManager, now = new Date()): Promise<void> {
  const values: unknown[] = [];
  const rows: string[] = [];
  for (const [i, p] of DEMO_SERVICE_POINTS.entries()) {
    const { key, squad, perDay, ...data } = p;
    const point = tx.create(ServicePoint, { id: seedId('service-point', key), unitId: seedId('unit', squad), ...data });
    GROUPS.forEach((group, g) => {
      rows.push('(?::uuid, ?::date, ?::int, ?, ?::int)');
      values.push(point.id, chinaDate(now), perDay[g], group, (i * 2) % 15);
    });
  }
  await tx.flush();
  const schema = tx.config.get('schema');
  // each point, group and market day of the past 365 days: 2.5× the average, +30 % on weekends, ±20 % by a fixed pattern
  await tx.execute(
    `insert into "${schema}".service_point_visit_tally (service_point_id, day, visitor_group, visits)
     select p.id, d::date, p.grp::"${schema}".visitor_group,
            greatest(0, round(2.5 * p.avg * (case when extract(isodow from d) >= 6 then 1.3 else 1 end) * (0.8 + 0.4 * ((extract(doy from d)::int * 7 + length(p.grp)) % 10) / 10.0)))::int
     from (values ${rows.join(', ')}) as p(id, today, avg, grp, offset_days)
     cross join lateral generate_series(p.today - 364 + p.offset_days, p.today - 1, interval '15 days') as d`,
    values,
  );
}
