import type { MessageHandler } from '../../../kernel/outbox/consume';
import { ClosedCase } from './closed-case.entity';

/** Topic enforcement publishes when a case is closed. */
export const CASE_CLOSED = 'case.closed';

/** Keeps participation's copy of closed cases (runs inside the inbox transaction: applied once). */
export const onCaseClosed: MessageHandler = async (scope, payload) => {
  const { caseId, unitId, closedAt } = payload as { caseId: string; unitId: string; closedAt: string };
  await scope.em.upsert(ClosedCase, { id: caseId, unitId, closedAt: new Date(closedAt) });
};
