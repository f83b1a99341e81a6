import { EnrollmentStatus } from './enrollment-enums';

/** 逾期: past its due date (YYYY-MM-DD, Asia/Shanghai `today`) and not completed; self-started ones have no due date. */
export function isOverdue(e: { status: EnrollmentStatus; dueOn: string | null }, today: string): boolean {
  return e.status !== EnrollmentStatus.COMPLETED && e.dueOn !== null && e.dueOn < today;
}
