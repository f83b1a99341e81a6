import { AttemptStatus } from '../attempt/attempt-enums';
import { checkExamDueOn, examAssignmentDone } from './exam-assignment-rules';

const field = (f: () => void) => {
  try {
    f();
  } catch (e) {
    return (e as { extensions: { field: string } }).extensions.field;
  }
  return null;
};

describe('due date of an exam assignment', () => {
  it('accepts today up to the day the exam closes', () => {
    expect(field(() => checkExamDueOn('2026-12-02', '2026-12-02', '2026-12-31'))).toBeNull();
    expect(field(() => checkExamDueOn('2026-12-31', '2026-12-02', '2026-12-31'))).toBeNull();
  });

  it('refuses a past date, an impossible one and one after the exam closes', () => {
    expect(field(() => checkExamDueOn('2026-12-01', '2026-12-02', '2026-12-31'))).toBe('input.dueOn');
    expect(field(() => checkExamDueOn('2026-11-31', '2026-11-02', '2026-12-31'))).toBe('input.dueOn');
    expect(field(() => checkExamDueOn('2027-01-01', '2026-12-02', '2026-12-31'))).toBe('input.dueOn');
  });

  it('counts an assignment done only with a graded attempt, not one in progress or awaiting a trainer', () => {
    expect(examAssignmentDone([{ status: AttemptStatus.IN_PROGRESS }, { status: AttemptStatus.AWAITING_GRADING }])).toBe(false);
    expect(examAssignmentDone([{ status: AttemptStatus.GRADED }])).toBe(true);
  });
});
