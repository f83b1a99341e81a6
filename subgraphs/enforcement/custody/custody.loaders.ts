import { leanFindIn } from '../../../kernel/db/lean-find';
import { sqlArray } from '../../../kernel/db/sql-array';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { CustodyAction, EvidenceCustodyEvent } from './custody-event.entity';

/** The whole chain per evidence item: additions and hand-overs, plus accesses from the audit log (2 statements). */
export const custodyByEvidence = defineLoader<string, EvidenceCustodyEvent[]>('custodyByEvidence', (scope) => async (ids) => {
  const events = await leanFindIn(scope.em, EvidenceCustodyEvent, 'evidenceId', ids, [
    ['at', 'asc'],
    ['id', 'asc'],
  ]);
  const accesses: { entity_id: string; actor_subject: string | null; at: Date | string; id: string }[] = await scope.em
    .getConnection()
    .execute(`select entity_id, actor_subject, at, id::text from enforcement.personal_data_access where entity = 'Evidence' and entity_id = any(?::text[])`, [
      sqlArray(ids),
    ]);
  const accessEvents = accesses.map((a) =>
    Object.assign(new EvidenceCustodyEvent(), {
      id: `access-${a.id}`,
      evidenceId: a.entity_id,
      action: CustodyAction.ACCESSED,
      actorSubject: a.actor_subject,
      at: new Date(a.at),
      createdAt: new Date(a.at),
    }),
  );
  const all = [...events, ...accessEvents].sort((x, y) => x.at.getTime() - y.at.getTime());
  return groupByKeys(ids, all, (e) => e.evidenceId);
});
