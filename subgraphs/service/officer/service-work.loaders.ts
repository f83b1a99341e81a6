import { sqlArray } from '../../../kernel/db/sql-array';
import { defineLoader } from '../../../kernel/loaders/define-loader';
import { ratio } from '../../../kernel/stats/ratio';
import type { ServiceWork } from './service-work.types';

/** Key: `officerId|fromISO|toISO`. One statement per distinct period in the batch, whatever the number of officers. */
export const serviceWorkByOfficerPeriod = defineLoader<string, ServiceWork>('serviceWorkByOfficerPeriod', (scope) => async (keys) => {
  const schema = scope.em.config.get('schema');
  const byPeriod = new Map<string, string[]>();
  for (const key of keys) {
    const [officerId, from, to] = key.split('|') as [string, string, string];
    const list = byPeriod.get(`${from}|${to}`) ?? [];
    list.push(officerId);
    byPeriod.set(`${from}|${to}`, list);
  }
  const results = new Map<string, ServiceWork>();
  for (const [period, officerIds] of byPeriod) {
    const [from, to] = period.split('|') as [string, string];
    const rows: { officer_id: string; visits: string; raised: string; solved: string; shifts: string; events: string }[] = await scope.em.execute(
      `with o(officer_id) as (select unnest(?::uuid[]))
       select o.officer_id,
              (select count(*) from "${schema}".merchant_visit v where v.officer_id = o.officer_id and v.visited_at >= ? and v.visited_at < ?) as visits,
              (select sum(concern_count) from "${schema}".merchant_visit v where v.officer_id = o.officer_id and v.visited_at >= ? and v.visited_at < ?) as raised,
              (select sum(solved_on_the_spot_count) from "${schema}".merchant_visit v where v.officer_id = o.officer_id and v.visited_at >= ? and v.visited_at < ?) as solved,
              (select count(*) from "${schema}".guide_shift g where g.guide_officer_id = o.officer_id and g.starts_at >= ? and g.starts_at < ?) as shifts,
              (select count(*) from "${schema}".outreach_event e where e.officer_id = o.officer_id and e.starts_at >= ? and e.starts_at < ?) as events
       from o`,
      [sqlArray(officerIds), ...Array.from({ length: 5 }, () => [new Date(from), new Date(to)]).flat()],
    );
    const found = new Map(rows.map((r) => [r.officer_id, r]));
    for (const id of officerIds) {
      const r = found.get(id);
      const raised = Number(r?.raised ?? 0);
      const solved = Number(r?.solved ?? 0);
      results.set(`${id}|${period}`, {
        visits: Number(r?.visits ?? 0),
        concernsRaised: raised,
        concernsSolvedOnTheSpot: solved,
        onTheSpotShare: ratio(solved, raised),
        guideShifts: Number(r?.shifts ?? 0),
        outreachEvents: Number(r?.events ?? 0),
      });
    }
  }
  return keys.map((k) => results.get(k)!);
});
