import type { MessageHandler } from '../../../kernel/outbox/consume';
import { VisitConcern } from './visit-concern.entity';

type CaseOpened = { concernId: string; caseId: string; caseNumber: string } | { concernId: string; refusal: string };

/** Enforcement's answer to an escalation: links the concern to its case, or records why no case was opened. */
export const onCaseOpenedFromVisitConcern: MessageHandler = async (scope, payload) => {
  const p = payload as unknown as CaseOpened;
  const changes = 'caseId' in p ? { caseId: p.caseId, caseNumber: p.caseNumber } : { escalationRefusal: p.refusal.slice(0, 300) };
  const updated = await scope.em.nativeUpdate(VisitConcern, { id: p.concernId }, changes);
  if (updated === 0) {
    scope.log.warn({ concernId: p.concernId }, 'case opened for an unknown visit concern; ignored');
  }
};
