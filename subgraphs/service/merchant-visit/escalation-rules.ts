import { ConcernResolution } from './merchant-visit-enums';

/** Topic sent to enforcement when a visit concern is handed over as a case (转立案). */
export const VISIT_CONCERN_ESCALATED = 'visit.concern-escalated';
/** Topic enforcement answers with: the case it opened, or why it opened none. */
export const CASE_OPENED_FROM_VISIT_CONCERN = 'case.opened-from-visit-concern';

export type EscalationCheck = { ok: true } | { ok: false; reason: string };

/**
 * 走访 (721 工作总结): what can be solved on the spot is solved on the spot; what cannot becomes a management task
 * or, last, a case. So only a concern handed on as a MANAGEMENT_TASK can become a case, and only once.
 */
export function escalationCheck(concern: { resolution: ConcernResolution; escalatedAt?: Date | null }): EscalationCheck {
  if (concern.resolution === ConcernResolution.SOLVED_ON_THE_SPOT) {
    return { ok: false, reason: 'this concern was solved on the spot; only an unsolved concern (a management task) can become a case' };
  }
  if (concern.escalatedAt) {
    return { ok: false, reason: 'this concern has already been handed to enforcement as a case' };
  }
  return { ok: true };
}
