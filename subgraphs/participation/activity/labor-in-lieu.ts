import { isUuid } from '../../../kernel/db/uuid';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
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
  if (!assignment) {
    throw new NotFoundError('Disposition', dispositionId, 'input.dispositionId');
  }
  if (assignment.activityId !== activityId) {
    throw new ValidationError('input.activityId', 'this disposition is served in another labor-in-lieu session', { activityId: assignment.activityId });
  }
  if (!subject || assignment.servedBy !== subject) {
    throw new ForbiddenError('Only the person this labor-in-lieu disposition names can serve it', { field: 'input.dispositionId' });
  }
}

/** What enforcement needs to count approved hours; `servedBy` lets it check again who served them. */
export function laborHoursPayload(s: ActivitySignUp, servedBy: string): Record<string, unknown> {
  return { dispositionId: s.dispositionId, signUpId: s.id, activityId: s.activityId, hours: s.hours ?? 0, servedBy };
}
