import type { CohortGradebookCourse, CohortGradebookExam, CohortGradebookRow } from './cohort-gradebook.types';
import { STATUS_LABELS } from './gradebook-export';
import { OFFICER_HEADER } from './officer-columns';

/** A member's row as the export needs it: course and exam carry only their code. */
export type CohortExportRow = Pick<CohortGradebookRow, 'assignmentsTotal' | 'assignmentsCompleted' | 'overdueCount' | 'certified'> & {
  officer: { id: string };
  certification: { expiresOn: string } | null;
  courses: (Omit<CohortGradebookCourse, 'course'> & { course: { code: string } })[];
  exams: (Omit<CohortGradebookExam, 'exam'> & { exam: { code: string } })[];
};

const OVERDUE = '（逾期）';

/** `学习中 2/5（逾期）`: status, lessons done of total, overdue. */
function courseCell(c: CohortExportRow['courses'][number]): string {
  return `${STATUS_LABELS[c.status]} ${c.lessonsCompleted}/${c.lessonsTotal}${c.overdue ? OVERDUE : ''}`;
}

/** `85 及格` once graded; `未完成 已考1次（逾期）` before. */
function examCell(x: CohortExportRow['exams'][number]): string {
  if (x.completed) {
    return `${x.bestScorePercent ?? ''} ${x.passed ? '及格' : '不及格'}`;
  }
  return `未完成 已考${x.attemptsUsed}次${x.overdue ? OVERDUE : ''}`;
}

/**
 * 培训班成绩册导出: one row per member (name, badge, unit, ids), the totals and the certification, then one column
 * per course (课程 code) and per exam (考试 code) assigned to anyone in the cohort, by code; empty where the
 * member was not assigned it.
 */
export function cohortGradebookTable(rows: CohortExportRow[], who: (officerId: string) => string[]): { header: string[]; cells: string[][] } {
  const courseCodes = [...new Set(rows.flatMap((r) => r.courses.map((c) => c.course.code)))].sort();
  const examCodes = [...new Set(rows.flatMap((r) => r.exams.map((x) => x.exam.code)))].sort();
  const header = [
    ...OFFICER_HEADER,
    '指派总数',
    '已完成数',
    '逾期数',
    '持证有效',
    '资格到期',
    ...courseCodes.map((c) => `课程 ${c}`),
    ...examCodes.map((c) => `考试 ${c}`),
  ];
  const cells = rows.map((r) => {
    const course = (code: string) => r.courses.find((c) => c.course.code === code);
    const exam = (code: string) => r.exams.find((x) => x.exam.code === code);
    return [
      ...who(r.officer.id),
      String(r.assignmentsTotal),
      String(r.assignmentsCompleted),
      String(r.overdueCount),
      r.certified ? '是' : '否',
      r.certification?.expiresOn ?? '',
      ...courseCodes.map((code) => {
        const c = course(code);
        return c ? courseCell(c) : '';
      }),
      ...examCodes.map((code) => {
        const x = exam(code);
        return x ? examCell(x) : '';
      }),
    ];
  });
  return { header, cells };
}
