import { ValidationError } from '../../../kernel/errors/domain-error';
import { AttemptStatus } from '../attempt/attempt-enums';
import { isCalendarDate } from '../enrollment/shanghai-date';

/**
 * 考试指派截止日期: a real date, today or later, and no later than the last day the exam is open (Asia/Shanghai):
 * a due date after the exam closes could not be met (a personal window is granted with grantExamOverride instead).
 */
export function checkExamDueOn(dueOn: string, today: string, examClosesOn: string): void {
  if (!isCalendarDate(dueOn) || dueOn < today) {
    throw new ValidationError('input.dueOn', 'dueOn must be a real date, today or later');
  }
  if (dueOn > examClosesOn) {
    throw new ValidationError('input.dueOn', `The exam closes on ${examClosesOn}; the due date cannot be later`);
  }
}

/** An exam assignment is done once the officer has a graded attempt (a case analysis counts once a trainer graded it). */
export function examAssignmentDone(attempts: { status: AttemptStatus }[]): boolean {
  return attempts.some((a) => a.status === AttemptStatus.GRADED);
}
