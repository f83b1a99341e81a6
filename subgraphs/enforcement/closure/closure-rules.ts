import { ConflictError, ForbiddenError } from '../../../kernel/errors/domain-error';
import { DispositionKind as K } from '../disposition/disposition-enums';

/** What the closure rules need to know about a case at VERIFY or CLOSE. */
export interface ClosureState {
  /** The effective (not superseded) disposition, if any. */
  effective: { kind: K; rectifiedAt: Date | null } | null;
  /** A recorded finding that ends the case without a disposition (no violation, referred, party unknown). */
  hasFinding: boolean;
  /** Subjects who handled the case: the assignee and whoever started, resolved or decided on it. */
  handlers: readonly string[];
}

/**
 * 结案条件 (办案与核查分离, 执法全过程记录): a case is verified or closed only
 * 1. with an effective disposition, or a finding that ends it without one (with its reason and evidence);
 * 2. after a RECTIFICATION_NOTICE only once the rectification is confirmed, or once the failure led to the ladder's
 *    next step (a superseding disposition);
 * 3. by someone who did not handle it (supervisors included: whoever checks is not whoever did the work).
 * Throws the typed error of the first rule that fails; pure.
 */
export function checkClosure(state: ClosureState, verifier: string | null): void {
  if (!state.effective && !state.hasFinding) {
    throw new ConflictError('a case is verified or closed only with an effective disposition or a finding (recordCaseFinding)', { rule: 'DECISION_REQUIRED' });
  }
  if (state.effective?.kind === K.RECTIFICATION_NOTICE && !state.effective.rectifiedAt) {
    throw new ConflictError('the rectification notice is not confirmed yet: confirm it, or record the next step of the ladder', { rule: 'RECTIFICATION_OPEN' });
  }
  if (verifier && state.handlers.includes(verifier)) {
    throw new ForbiddenError('The verifier of a case may not be someone who handled it');
  }
}

/** Timeline actions whose actor counts as a handler of the case. */
export const HANDLING_ACTIONS: readonly string[] = ['START', 'RESOLVE', 'DISPOSITION', 'FINDING', 'ON_THE_SPOT'];
