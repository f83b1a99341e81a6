import { sqlArray } from '../../../kernel/db/sql-array';
import { defineKeyLoader, defineLoader } from '../../../kernel/loaders/define-loader';
import { StallPermitStatus } from './stall-permit-enums';
import { StallPermit } from './stall-permit.entity';
import { SQL_PRIORITY_RANK } from './stall-priority';

export const stallPermitById = defineKeyLoader('stallPermitById', StallPermit, 'id');

/** 候补位次 of many waitlisted permits in one statement (1 = next to be allocated); null when not waiting. */
export const waitlistPositionByPermit = defineLoader<string, number | null>('waitlistPositionByPermit', (scope) => async (ids) => {
  const schema = scope.em.config.get('schema');
  const rows: { id: string; position: string }[] = await scope.em.execute(
    `select id, position from (
       select p.id, row_number() over (partition by p.zone_id order by ${SQL_PRIORITY_RANK}, p.created_at, p.id) as position
       from "${schema}".stall_permit p left join "${schema}".merchant_credit mc on mc.merchant_id = p.merchant_id
       where p.status = ? and p.zone_id in (select zone_id from "${schema}".stall_permit where id = any(?::uuid[]))
     ) w where id = any(?::uuid[])`,
    [StallPermitStatus.WAITLISTED, sqlArray(ids), sqlArray(ids)],
  );
  const byId = new Map(rows.map((r) => [r.id, Number(r.position)]));
  return ids.map((id) => byId.get(id) ?? null);
});
