import { AttemptStatus } from '../attempt/attempt-enums';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { CountingPolicy } from '../exam/exam-enums';
import { cohortGradebookRow } from './cohort-gradebook-row';

const today = '2026-12-02';
const course = (status: EnrollmentStatus, dueOn: string | null) => ({ courseId: 'c1', status, dueOn, lessonsCompleted: 2, lessonsTotal: 5 });
const attempt = (attemptNo: number, status: AttemptStatus, scorePercent: number | null, passed: boolean | null) => ({
  attemptNo,
  status,
  scorePercent,
  passed,
  startedAt: new Date(),
  submittedAt: new Date(),
  expired: false,
});
const exam = (attempts: ReturnType<typeof attempt>[], dueOn = '2026-12-20') => ({
  examId: 'e1',
  dueOn,
  attempts,
  countingPolicy: CountingPolicy.HIGHEST,
  maxAttempts: 3,
  extraAttempts: 0,
});

describe('a member’s row in the cohort gradebook (培训班成绩册, issue 10)', () => {
  it('shows lesson progress and flags an assigned course past its due date as overdue', () => {
    const row = cohortGradebookRow([course(EnrollmentStatus.IN_PROGRESS, '2026-11-30'), course(EnrollmentStatus.COMPLETED, '2026-11-01')], [], null, today);
    expect(row.courses.map((c) => [c.overdue, c.lessonsCompleted, c.lessonsTotal])).toEqual([
      [true, 2, 5],
      [false, 2, 5],
    ]);
    expect([row.assignmentsTotal, row.assignmentsCompleted, row.overdueCount]).toEqual([2, 1, 1]);
  });

  it('counts an exam done once an attempt is graded, with the best score and the counted pass', () => {
    const row = cohortGradebookRow([], [exam([attempt(1, AttemptStatus.GRADED, 55, false), attempt(2, AttemptStatus.GRADED, 85, true)])], null, today);
    expect(row.exams).toEqual([{ examId: 'e1', dueOn: '2026-12-20', completed: true, overdue: false, attemptsUsed: 2, bestScorePercent: 85, passed: true }]);
  });

  it('flags an exam awaiting hand grading after its due date as overdue and not done', () => {
    const row = cohortGradebookRow([], [exam([attempt(1, AttemptStatus.AWAITING_GRADING, null, null)], '2026-12-01')], null, today);
    expect(row.exams[0]).toMatchObject({ completed: false, overdue: true, bestScorePercent: null, passed: null });
  });

  it('holds a valid certification only when current, not suspended and not expired (持证上岗)', () => {
    expect(cohortGradebookRow([], [], { expiresOn: '2027-01-01', suspended: false }, today).certified).toBe(true);
    expect(cohortGradebookRow([], [], { expiresOn: '2026-12-01', suspended: false }, today).certified).toBe(false);
    expect(cohortGradebookRow([], [], { expiresOn: '2027-01-01', suspended: true }, today).certified).toBe(false);
    expect(cohortGradebookRow([], [], null, today).certified).toBe(false);
  });
});
