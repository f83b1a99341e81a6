import { defineLoader } from '../../../kernel/loaders/define-loader';

/** Balance (ledger sum) of many volunteers in one statement; 0 when they have no entries. */
export const pointsBalanceByVolunteer = defineLoader<string, number>('pointsBalanceByVolunteer', (scope) => async (ids) => {
  const rows = await scope.em.execute<{ volunteer_id: string; total: string }[]>(
    `select volunteer_id, sum(amount) as total from "${scope.em.config.get('schema')}"."point_entry"
      where volunteer_id in (?) group by volunteer_id`,
    [[...ids]],
  );
  const totals = new Map(rows.map((r) => [r.volunteer_id, Number(r.total)]));
  return ids.map((id) => totals.get(id) ?? 0);
});
