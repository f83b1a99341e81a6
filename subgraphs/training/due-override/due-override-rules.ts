import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { isCalendarDate } from '../enrollment/shanghai-date';

export interface DueOverrideRequest {
  status: EnrollmentStatus;
  /** The due date in force; null for a course the officer started on their own (not an assignment). */
  currentDueOn: string | null;
  dueOn: string;
  reason: string;
  /** Today in Asia/Shanghai (YYYY-MM-DD). */
  today: string;
}

/**
 * 截止日期调整 rules (the bureau's practice for 因公出差、病假 and the like: a trainer moves one officer's deadline and
 * the reason stays on record). Returns the trimmed reason.
 * - The reason is 5–300 characters: an override without a reason is not an audit trail.
 * - The new date is a real calendar date, today or later (a past deadline would make the officer overdue at once),
 *   and differs from the one in force.
 * - Only an assignment (it has a due date) that is not yet completed can be moved (CONFLICT otherwise).
 */
export function checkDueOverride(r: DueOverrideRequest): string {
  const reason = r.reason.trim();
  if (reason.length < 5 || reason.length > 300) {
    throw new ValidationError('input.reason', 'reason must be 5–300 characters');
  }
  if (!isCalendarDate(r.dueOn) || r.dueOn < r.today) {
    throw new ValidationError('input.dueOn', 'dueOn must be a real date YYYY-MM-DD, today or later');
  }
  if (r.currentDueOn === null) {
    throw new ConflictError('The officer started this course on their own; assign it (assignCourse) to give it a due date', { field: 'input.enrollmentId' });
  }
  if (r.status === EnrollmentStatus.COMPLETED) {
    throw new ConflictError('The course is already completed; its due date no longer matters', { field: 'input.enrollmentId' });
  }
  if (r.dueOn === r.currentDueOn) {
    throw new ValidationError('input.dueOn', `The due date is already ${r.dueOn}`);
  }
  return reason;
}
