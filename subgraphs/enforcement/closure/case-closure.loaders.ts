import { sqlArray } from '../../../kernel/db/sql-array';
import { defineLoader } from '../../../kernel/loaders/define-loader';
import type { ClosureFacts } from './case-closure';

/** Timeline and follow-up facts of a page of cases in one statement. */
export const closureFactsByCase = defineLoader<string, ClosureFacts>('closureFactsByCase', (scope) => async (ids) => {
  const rows: { case_id: string; handled_at: Date | string | null; verified_at: Date | string | null; satisfaction: number | null }[] = await scope.em
    .getConnection()
    .execute(
      `select c.id as case_id,
              (select max(e.at) from enforcement.case_event e where e.case_id = c.id and e.action = 'RESOLVE') as handled_at,
              (select max(e.at) from enforcement.case_event e where e.case_id = c.id and e.action = 'VERIFY') as verified_at,
              (select f.satisfaction from enforcement.follow_up f where f.case_id = c.id order by f.visited_at desc limit 1) as satisfaction
       from enforcement."case" c where c.id = any(?::uuid[])`,
      [sqlArray(ids)],
    );
  const byId = new Map(rows.map((r) => [r.case_id, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    const date = (v: Date | string | null | undefined) => (v ? new Date(v) : null);
    return { handledAt: date(r?.handled_at), verifiedAt: date(r?.verified_at), satisfaction: r?.satisfaction ?? null };
  });
});
