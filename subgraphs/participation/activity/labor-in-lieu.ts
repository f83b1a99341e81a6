import type { Actor } from '../../../kernel/auth/actor';
import { hasRole } from '../../../kernel/auth/actor';
import { isUuid } from '../../../kernel/db/uuid';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { ActivityKind } from './activity-enums';
import type { ActivitySignUp } from './activity-sign-up.entity';
import type { LaborAssignment } from './labor-assignment.entity';

/** Topic sent to enforcement when hours of a labor-in-lieu (以劳代罚) session are approved. */
export const LABOR_HOURS_VERIFIED = 'labor.hours-verified';

/** A LABOR_IN_LIEU session serves exactly one enforcement disposition; other activities serve none. */
export function checkLaborDisposition(kind: ActivityKind, dispositionId: string | null | undefined): void {
  if (kind === ActivityKind.LABOR_IN_LIEU && !dispositionId) {
    throw new ValidationError('input.dispositionId', 'a labor-in-lieu session needs the disposition it serves');
  }
  if (kind !== ActivityKind.LABOR_IN_LIEU && dispositionId) {
    throw new ValidationError('input.dispositionId', 'only LABOR_IN_LIEU sessions serve a disposition');
  }
  if (dispositionId && !isUuid(dispositionId)) {
    throw new ValidationError('input.dispositionId', 'dispositionId is not an id');
  }
}

/**
 * 以劳代罚 binds the party: only the account the disposition names (the party, or the person the party named) signs
 * up with it, and only for the session it names. `assignment` is participation's copy of the disposition.
 */
export function checkLaborServer(assignment: LaborAssignment | null, dispositionId: string, activityId: string, subject: string | null): void {
  const standing = checkLaborStanding(assignment, dispositionId);
  if (standing.activityId !== activityId) {
    throw new ValidationError('input.activityId', 'this disposition is served in another labor-in-lieu session', { activityId: standing.activityId });
  }
  if (!subject || standing.servedBy !== subject) {
    throw new ForbiddenError('Only the person this labor-in-lieu disposition names can serve it', { field: 'input.dispositionId' });
  }
}

/**
 * The disposition must exist in participation's copy and still stand: once enforcement withdrew it (a supervisor
 * superseded it, or it lapsed back to the fine) nobody can serve it any more (CONFLICT, with the cause and reason).
 */
export function checkLaborStanding(assignment: LaborAssignment | null, dispositionId: string): LaborAssignment {
  if (!assignment) {
    throw new NotFoundError('Disposition', dispositionId, 'input.dispositionId');
  }
  if (assignment.withdrawnAt) {
    const why = assignment.withdrawnCause === 'LAPSED' ? 'lapsed back to the fine' : 'was superseded by another decision';
    throw new ConflictError(
      `This labor-in-lieu disposition ${why} and can no longer be served${assignment.withdrawnReason ? `: ${assignment.withdrawnReason}` : ''}`,
      {
        field: 'input.dispositionId',
        withdrawnCause: assignment.withdrawnCause,
        withdrawnAt: assignment.withdrawnAt.toISOString(),
      },
    );
  }
  return assignment;
}

/**
 * 代为报名: an OFFICER or SUPERVISOR of the case's unit (or an ADMIN) enrols the person the disposition names; the
 * party is serving a penalty, so they need not be a registered volunteer. A copy without the case's unit (sent
 * before the unit travelled with it) can be enrolled by an ADMIN only.
 */
export function checkLaborEnroller(actor: Actor, assignment: LaborAssignment): void {
  if (hasRole(actor, 'ADMIN')) {
    return;
  }
  if (!hasRole(actor, 'OFFICER', 'SUPERVISOR') || !actor.unitId || assignment.unitId !== actor.unitId) {
    throw new ForbiddenError("Only an officer or supervisor of the case's unit can enrol the party for labor in lieu", { field: 'input.dispositionId' });
  }
}

/** What enforcement needs to count approved hours; `servedBy` lets it check again who served them. */
export function laborHoursPayload(s: ActivitySignUp, servedBy: string | null): Record<string, unknown> {
  return { dispositionId: s.dispositionId, signUpId: s.id, activityId: s.activityId, hours: s.hours ?? 0, servedBy };
}
