import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { CommitteeMember } from './committee-member.entity';
import { SelfGovernanceCommittee } from './committee.entity';

/** The committee of many zones in one statement (null where a zone has none). */
export const committeeByZone = defineLoader<string, SelfGovernanceCommittee | null>('committeeByZone', (scope) => async (zoneIds) => {
  const rows = await leanFindIn(scope.em, SelfGovernanceCommittee, 'zoneId', zoneIds);
  const byZone = new Map(rows.map((c) => [c.zoneId, c]));
  return zoneIds.map((id) => byZone.get(id) ?? null);
});

/** The members of many committees in one statement, by seat. */
export const membersByCommittee = defineLoader<string, CommitteeMember[]>('membersByCommittee', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, CommitteeMember, 'committeeId', ids, [['seat', 'asc']]);
  return groupByKeys(ids, rows, (m) => m.committeeId);
});
