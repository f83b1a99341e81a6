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
    const rows: { officer_id: string; visits: string; raised: string; solved: string }[] = await scope.em.execute(
      `select officer_id, count(*) as visits, sum(concern_count) as raised, sum(solved_on_the_spot_count) as solved
       from "${schema}".merchant_visit where officer_id = any(?::uuid[]) and visited_at >= ? and visited_at < ? group by officer_id`,
      [sqlArray(officerIds), new Date(from), new Date(to)],
    );
    const found = new Map(rows.map((r) => [r.officer_id, r]));
    for (const id of officerIds) {
      const r = found.get(id);
      const raised = Number(r?.raised ?? 0);
      const solved = Number(r?.solved ?? 0);
      results.set(`${id}|${period}`, { visits: Number(r?.visits ?? 0), concernsRaised: raised, concernsSolvedOnTheSpot: solved, onTheSpotShare: ratio(solved, raised) });
    }
  }
  return keys.map((k) => results.get(k)!);
});
