import { sqlArray } from '../../../kernel/db/sql-array';
import { defineLoader } from '../../../kernel/loaders/define-loader';
import { ratio } from '../../../kernel/stats/ratio';

/**
 * 人性化程度: per officer, of the cases assigned to them that received a disposition, the share whose FIRST
 * disposition was SERVICE, WARNING or RECTIFICATION_NOTICE (education before penalty). One statement per batch.
 */
export const educationFirstShareByOfficer = defineLoader<string, number | null>('educationFirstShareByOfficer', (scope) => async (ids) => {
  const rows: { assignee_id: string; decided: string; education_first: string }[] = await scope.em.getConnection().execute(
    `select c.assignee_id, count(*) as decided,
            count(*) filter (where f.kind in ('SERVICE', 'WARNING', 'RECTIFICATION_NOTICE')) as education_first
     from (select distinct on (d.case_id) d.case_id, d.kind from enforcement.disposition d order by d.case_id, d.created_at, d.id) f
     join enforcement."case" c on c.id = f.case_id
     where c.assignee_id = any(?::uuid[])
     group by c.assignee_id`,
    [sqlArray(ids)],
  );
  const share = new Map(rows.map((r) => [r.assignee_id, ratio(Number(r.education_first), Number(r.decided))]));
  return ids.map((id) => share.get(id) ?? null);
});
