import type { EntityManager } from '@mikro-orm/postgresql';

import { publish } from '../../../kernel/outbox/publish';
import { CaseReview } from '../case-review/case-review.entity';
import { publishTypicalCases } from '../case-review/case-typical.event';
import { CaseStatus } from '../case/case-enums';
import { Case } from '../case/case.entity';
import { CASE_CLOSED } from '../closure/case-closed.event';

/**
 * The demo cases reach the other subgraphs' copies like live ones do, one message per topic (a message per case
 * would fill whole relay batches): closed cases to participation (follow-up surveys), typical cases to training
 * (drill sources). Inside the seeding transaction.
 */
export async function publishSeededCases(tx: EntityManager): Promise<void> {
  await tx.flush();
  const closed = await tx.find(Case, { status: CaseStatus.CLOSED }, { fields: ['id', 'unit', 'closedAt'], orderBy: { id: 'asc' } });
  if (closed.length > 0) {
    const cases = closed.map((c) => ({ caseId: c.id, unitId: c.unit.id, closedAt: (c.closedAt ?? new Date()).toISOString() }));
    await publish(tx, { to: 'participation', topic: CASE_CLOSED, payload: { cases } });
  }
  const typical = await tx.find(CaseReview, { isTypicalCase: true }, { orderBy: { id: 'asc' } });
  await publishTypicalCases(
    tx,
    typical.map((r) => ({ caseId: r.case.id, typical: true, summary: r.summary })),
  );
}
