import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Evidence } from './evidence.entity';

export const evidenceByCase = defineLoader<string, Evidence[]>('evidenceByCase', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, Evidence, 'case', ids, [
    ['capturedAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (e) => e.case.id);
});

/** Evidence count per case with one GROUP BY statement. */
export const evidenceCountByCase = defineLoader<string, number>('evidenceCountByCase', (scope) => async (ids) => {
  const rows = await scope.em.execute<{ case_id: string; n: string }[]>(
    `select case_id, count(*) as n from "${scope.em.config.get('schema')}"."evidence"
     where case_id in (${ids.map(() => '?').join(', ')}) group by case_id`,
    [...ids],
  );
  const map = new Map(rows.map((r) => [r.case_id, Number(r.n)]));
  return ids.map((id) => map.get(id) ?? 0);
});
