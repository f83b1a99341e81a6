import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { cohortGradebookTable } from './cohort-gradebook-export';
import type { CohortExportRow } from './cohort-gradebook-export';

const who = (id: string) => [`姓名${id}`, `警号${id}`, '云山中队', id, 'u1'];
const row = (id: string, over: Partial<CohortExportRow>): CohortExportRow => ({
  officer: { id },
  assignmentsTotal: 0,
  assignmentsCompleted: 0,
  overdueCount: 0,
  certified: false,
  certification: null,
  courses: [],
  exams: [],
  ...over,
});
const course = (code: string, status: EnrollmentStatus, overdue: boolean) => ({
  course: { code },
  status,
  dueOn: '2026-12-01',
  overdue,
  lessonsCompleted: 2,
  lessonsTotal: 5,
});

describe('the cohort gradebook as a spreadsheet (培训班成绩册导出, issue 10)', () => {
  const rows = [
    row('a', {
      assignmentsTotal: 2,
      assignmentsCompleted: 1,
      overdueCount: 1,
      certified: true,
      certification: { expiresOn: '2027-06-30' },
      courses: [course('LAW-101', EnrollmentStatus.IN_PROGRESS, true)],
      exams: [{ exam: { code: 'CERT-1' }, dueOn: '2026-12-20', completed: true, overdue: false, attemptsUsed: 2, bestScorePercent: 85, passed: true }],
    }),
    row('b', {
      courses: [course('FLX-102', EnrollmentStatus.COMPLETED, false)],
      exams: [{ exam: { code: 'CERT-1' }, dueOn: '2026-11-20', completed: false, overdue: true, attemptsUsed: 1, bestScorePercent: null, passed: null }],
    }),
  ];

  it('starts with name, badge and unit, then the ids, totals, certification and one column per course and exam by code', () => {
    const { header } = cohortGradebookTable(rows, who);
    expect(header).toEqual([
      '姓名',
      '警号',
      '单位',
      '队员ID',
      '单位ID',
      '指派总数',
      '已完成数',
      '逾期数',
      '持证有效',
      '资格到期',
      '课程 FLX-102',
      '课程 LAW-101',
      '考试 CERT-1',
    ]);
  });

  it('writes progress, overdue and scores in words a trainer reads, empty where the member was not assigned it', () => {
    const { cells } = cohortGradebookTable(rows, who);
    expect(cells).toEqual([
      ['姓名a', '警号a', '云山中队', 'a', 'u1', '2', '1', '1', '是', '2027-06-30', '', '学习中 2/5（逾期）', '85 及格'],
      ['姓名b', '警号b', '云山中队', 'b', 'u1', '0', '0', '0', '否', '', '已完成 2/5', '', '未完成 已考1次（逾期）'],
    ]);
  });
});
