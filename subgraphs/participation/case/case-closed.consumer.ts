import type { MessageHandler } from '../../../kernel/outbox/consume';
import { ClosedCase } from './closed-case.entity';

/** Topic enforcement publishes when a case is closed. */
export const CASE_CLOSED = 'case.closed';

interface ClosedCaseMessage {
  caseId: string;
  unitId: string;
  closedAt: string;
}

/**
 * Keeps participation's copy of closed cases (runs inside the inbox transaction: applied once). One case, or many
 * at once as `{ cases: [...] }` (enforcement's demo data).
 */
export const onCaseClosed: MessageHandler = async (scope, payload) => {
  const cases = (payload as { cases?: ClosedCaseMessage[] }).cases ?? [payload as unknown as ClosedCaseMessage];
  if (cases.length > 0) {
    await scope.em.upsertMany(
      ClosedCase,
      cases.map((c) => ({ id: c.caseId, unitId: c.unitId, closedAt: new Date(c.closedAt) })),
    );
  }
};
