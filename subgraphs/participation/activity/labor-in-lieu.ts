import { isUuid } from '../../../kernel/db/uuid';
import { ValidationError } from '../../../kernel/errors/domain-error';
import { ActivityKind } from './activity-enums';
import type { ActivitySignUp } from './activity-sign-up.entity';

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

export function laborHoursPayload(s: ActivitySignUp): Record<string, unknown> {
  return { dispositionId: s.dispositionId, signUpId: s.id, activityId: s.activityId, hours: s.hours ?? 0 };
}
