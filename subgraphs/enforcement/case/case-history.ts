import type { EntityManager } from '@mikro-orm/postgresql';

import { defineLoader } from '../../../kernel/loaders/define-loader';
import { DISPOSITION_LADDER } from '../disposition/disposition-ladder';

export interface PartyHistory {
  priorCaseCount: number;
  missedRectificationDeadline: boolean;
}

/**
 * For each case: earlier cases of the same party and violation type inside the look-back window (rejected and
 * referred cases do not count), and whether one of them has a rectification notice past its deadline. One statement.
 */
export async function loadPartyHistory(em: EntityManager, caseIds: readonly string[], now = new Date()): Promise<PartyHistory[]> {
  const s = `"${em.config.get('schema')}"`;
  const rows = await em.execute<{ id: string; prior: string; missed: boolean }[]>(
    `select c.id,
       (select count(*) from ${s}."case" p
         where p.party_id = c.party_id and p.violation_type_code = c.violation_type_code and p.id <> c.id
           and p.status not in ('REJECTED', 'REFERRED') and p.occurred_at < c.occurred_at
           and p.occurred_at >= c.occurred_at - make_interval(months => ?)) as prior,
       exists(select 1 from ${s}."disposition" d join ${s}."case" p on p.id = d.case_id
         where p.party_id = c.party_id and p.violation_type_code = c.violation_type_code and p.id <> c.id
           and p.occurred_at < c.occurred_at and p.occurred_at >= c.occurred_at - make_interval(months => ?)
           and d.kind = 'RECTIFICATION_NOTICE' and d.rectified_at is null and d.rectify_by < ?) as missed
     from ${s}."case" c where c.id in (${caseIds.map(() => '?').join(', ')})`,
    [DISPOSITION_LADDER.lookBackMonths, DISPOSITION_LADDER.lookBackMonths, now, ...caseIds],
  );
  const map = new Map(rows.map((r) => [r.id, { priorCaseCount: Number(r.prior), missedRectificationDeadline: r.missed }]));
  return caseIds.map((id) => map.get(id) ?? { priorCaseCount: 0, missedRectificationDeadline: false });
}

export const partyHistoryByCase = defineLoader<string, PartyHistory>('partyHistoryByCase', (scope) => (ids) => loadPartyHistory(scope.em, ids));
