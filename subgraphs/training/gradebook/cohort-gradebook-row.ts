import { examAssignmentDone } from '../exam-assignment/exam-assignment-rules';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { isOverdue } from '../enrollment/overdue';
import type { AttemptFacts } from './gradebook-row';
import { gradebookSummary } from './gradebook-row';
import type { CountingPolicy } from '../exam/exam-enums';

export interface CourseFacts {
  courseId: string;
  status: EnrollmentStatus;
  dueOn: string | null;
  lessonsCompleted: number;
  lessonsTotal: number;
}

export interface ExamFacts {
  examId: string;
  dueOn: string;
  attempts: AttemptFacts[];
  countingPolicy: CountingPolicy;
  maxAttempts: number;
  extraAttempts: number;
}

export interface CohortCourseCell extends CourseFacts {
  overdue: boolean;
}

export interface CohortExamCell {
  examId: string;
  dueOn: string;
  completed: boolean;
  overdue: boolean;
  attemptsUsed: number;
  bestScorePercent: number | null;
  passed: boolean | null;
}

export interface CohortRowSummary {
  courses: CohortCourseCell[];
  exams: CohortExamCell[];
  assignmentsTotal: number;
  assignmentsCompleted: number;
  overdueCount: number;
  certified: boolean;
}

/**
 * 培训班成绩册一行: one member's assigned courses (lesson progress, overdue as in the course gradebook) and assigned
 * exams (done once an attempt is graded; overdue when not done after the due date; best and counted score as in the
 * exam gradebook), with the totals a trainer scans for (assignments done, overdue) and whether the member holds a
 * certification valid today (current, not suspended, not expired: 持证上岗). Dates are YYYY-MM-DD, Asia/Shanghai.
 */
export function cohortGradebookRow(
  courses: CourseFacts[],
  exams: ExamFacts[],
  certification: { expiresOn: string; suspended: boolean } | null,
  today: string,
): CohortRowSummary {
  const courseCells = courses.map((c) => ({ ...c, overdue: isOverdue(c, today) }));
  const examCells = exams.map((e) => {
    const summary = gradebookSummary(e.attempts, e.countingPolicy, e.maxAttempts, e.extraAttempts);
    const completed = examAssignmentDone(e.attempts);
    return {
      examId: e.examId,
      dueOn: e.dueOn,
      completed,
      overdue: !completed && e.dueOn < today,
      attemptsUsed: summary.attemptsUsed,
      bestScorePercent: summary.bestScorePercent,
      passed: summary.passed,
    };
  });
  return {
    courses: courseCells,
    exams: examCells,
    assignmentsTotal: courseCells.length + examCells.length,
    assignmentsCompleted: courseCells.filter((c) => c.status === EnrollmentStatus.COMPLETED).length + examCells.filter((e) => e.completed).length,
    overdueCount: courseCells.filter((c) => c.overdue).length + examCells.filter((e) => e.overdue).length,
    certified: certification !== null && !certification.suspended && certification.expiresOn >= today,
  };
}
