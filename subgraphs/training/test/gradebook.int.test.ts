import { Workbook } from 'exceljs';

import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoBadge, demoOfficerId, demoOfficerName } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { AttemptStatus } from '../attempt/attempt-enums';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { TrainingProfile } from '../profile/training-profile.entity';
import { rosterReplica } from '../seed/roster-replica';
import { UnitTreeNode } from '../unit/unit-tree.entity';
import { courseSeedId } from '../seed/seed-courses';
import { PRACTICE_EXAM_ID } from '../seed/seed-exams';
import { seedProfiles } from '../seed/seed-profiles';
import { training } from '..';

const PAGE = `query($id: ID!, $first: Int, $after: String) { exam(id: $id) { gradebook(first: $first, after: $after) {
  totalCount edges { node { officer { id } unit { id } attemptsUsed attemptsAllowed gradedAttempts inProgress bestScorePercent lastScorePercent
  countedScorePercent passed attempts { attemptNo scorePercent } } } pageInfo { hasNextPage endCursor } } } }`;
const EXPORT = `query($examId: ID!, $format: SpreadsheetFormat!) { exportExamGradebook(examId: $examId, format: $format) { fileName rowCount content } }`;
type Row = {
  officer: { id: string };
  unit: { id: string } | null;
  attemptsUsed: number;
  countedScorePercent: number | null;
  bestScorePercent: number | null;
  passed: boolean | null;
  attempts: { attemptNo: number; scorePercent: number | null }[];
};
type Page = { exam: { gradebook: { totalCount: number; edges: { node: Row }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } | null } };

const COURSE = `query($id: ID!, $first: Int) { course(id: $id) { gradebook(first: $first) { totalCount edges { node { officer { id } status dueOn overdue progress { completedLessons totalLessons } } } } } }`;
const COURSE_EXPORT = `query($courseId: ID!, $format: SpreadsheetFormat!) { exportCourseGradebook(courseId: $courseId, format: $format) { fileName rowCount content } }`;
type CourseNode = { officer: { id: string }; status: string; dueOn: string; overdue: boolean; progress: { completedLessons: number; totalLessons: number } };

describe('gradebooks per exam and per course (issue 10: results and export)', () => {
  let h: SubgraphHarness;
  let first: ExamAttempt;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
    // officer 0 takes the practice exam (LAST counts) a second time and scores lower than the first time
    first = await h.em().findOneOrFail(ExamAttempt, { examId: PRACTICE_EXAM_ID, officerId: demoOfficerId(0) });
    const em = h.em();
    em.create(ExamAttempt, {
      examId: PRACTICE_EXAM_ID,
      officerId: demoOfficerId(0),
      attemptNo: 2,
      status: AttemptStatus.GRADED,
      startedAt: new Date(),
      deadline: new Date(Date.now() + 60_000),
      submittedAt: new Date(),
      scorePercent: 10,
      passed: false,
    });
    await em.flush();
  });
  afterAll(() => h.stop());

  const page = (first: number, after?: string) => h.execute<Page>(PAGE, { id: PRACTICE_EXAM_ID, first, after }, actors.trainer());

  it('lists every officer who attempted the exam once, page by page, with their unit', async () => {
    const one = await page(20);
    expect(one.errors).toBeUndefined();
    const two = await page(20, one.data!.exam.gradebook!.pageInfo.endCursor);
    const rows = [...one.data!.exam.gradebook!.edges, ...two.data!.exam.gradebook!.edges].map((e) => e.node);
    expect(one.data!.exam.gradebook!.totalCount).toBe(DEMO_OFFICER_COUNT);
    expect(two.data!.exam.gradebook!.pageInfo.hasNextPage).toBe(false);
    expect(new Set(rows.map((r) => r.officer.id)).size).toBe(DEMO_OFFICER_COUNT);
    const units = new Map(rosterReplica().map((r) => [r.officerId, r.unitId]));
    expect(rows.every((r) => r.unit?.id === units.get(r.officer.id))).toBe(true);
  });

  it('counts the last attempt under the exam’s LAST policy and keeps the best score beside it', async () => {
    const rows = (await page(100)).data!.exam.gradebook!.edges.map((e) => e.node);
    const zero = rows.find((r) => r.officer.id === demoOfficerId(0))!;
    expect(zero).toMatchObject({ attemptsUsed: 2, countedScorePercent: 10, passed: false, bestScorePercent: Math.max(first.scorePercent!, 10) });
    expect(zero.attempts).toEqual([
      { attemptNo: 1, scorePercent: first.scorePercent },
      { attemptNo: 2, scorePercent: 10 },
    ]);
    const one = rows.find((r) => r.officer.id === demoOfficerId(1))!;
    expect(one.passed).toBe(one.countedScorePercent! >= 60);
  });

  it('exports the whole gradebook as xlsx, one row per officer and a column per attempt', async () => {
    const res = await h.execute<{ exportExamGradebook: { fileName: string; rowCount: number; content: string } }>(
      EXPORT,
      { examId: PRACTICE_EXAM_ID, format: 'XLSX' },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportExamGradebook).toMatchObject({ rowCount: DEMO_OFFICER_COUNT, fileName: expect.stringMatching(/^成绩册-PRACTICE-101-\d{8}\.xlsx$/) });
    const book = new Workbook();
    await book.xlsx.load(Buffer.from(res.data!.exportExamGradebook.content, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-3)).toEqual(['最后交卷', '第1次得分', '第2次得分']);
    expect(header.slice(0, 5)).toEqual(['姓名', '警号', '单位', '队员ID', '单位ID']);
    const zero = sheet.getRows(2, DEMO_OFFICER_COUNT)!.find((r) => r.getCell(4).text === demoOfficerId(0))!;
    expect([1, 2, 3, 5].map((c) => zero.getCell(c).text)).toEqual([demoOfficerName(0), demoBadge(0), '执法局', seedId('unit', 'bureau')]);
    expect([zero.getCell(12).text, zero.getCell(13).text, zero.getCell(16).text]).toEqual(['10', '否', '10']);
    const audited = await h.em().getConnection().execute("select entity, entity_id, field from training.personal_data_access where entity = 'ExamGradebook'");
    expect(audited).toEqual([{ entity: 'ExamGradebook', entity_id: PRACTICE_EXAM_ID, field: 'officerNames' }]);
  });

  it('narrows the gradebook to a brigade and its squads', async () => {
    const UNIT = `query($id: ID!, $unitId: ID) { exam(id: $id) { gradebook(unitId: $unitId, first: 100) { totalCount edges { node { officer { id } } } } } }`;
    const urban = seedId('unit', 'urban');
    const squads = ['yunshan', 'lanjiang', 'shanghua', 'yongchang', 'chixi', 'nvbu'].map((k) => seedId('unit', k));
    const expected = rosterReplica()
      .filter((r) => r.unitId === urban || squads.includes(r.unitId))
      .map((r) => r.officerId)
      .sort();
    const res = await h.execute<{ exam: { gradebook: { totalCount: number; edges: { node: { officer: { id: string } } }[] } } }>(
      UNIT,
      { id: PRACTICE_EXAM_ID, unitId: urban },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.exam.gradebook.edges.map((e) => e.node.officer.id)).toEqual(expected);
    expect(res.data!.exam.gradebook.totalCount).toBe(expected.length);
    const unknown = await h.execute(UNIT, { id: PRACTICE_EXAM_ID, unitId: seedId('unit', 'nowhere') }, actors.trainer());
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'unitId' });
  });

  it('refuses the gradebook to officers and a forged cursor with BAD_USER_INPUT on after', async () => {
    const officer = await h.execute<Page>(PAGE, { id: PRACTICE_EXAM_ID, first: 5 }, actors.officer(demoOfficerId(1)));
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const forged = await page(5, Buffer.from('gradebook:nope').toString('base64url'));
    expect(forged.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('lists a course’s enrollments by officer with status, overdue and lesson progress', async () => {
    const res = await h.execute<{ course: { gradebook: { totalCount: number; edges: { node: CourseNode }[] } } }>(
      COURSE,
      { id: courseSeedId('DIG-101'), first: 50 },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.course.gradebook.edges.map((e) => e.node);
    expect(res.data!.course.gradebook.totalCount).toBe(12);
    expect(rows.map((r) => r.officer.id)).toEqual([...rows.map((r) => r.officer.id)].sort());
    expect(rows.every((r) => r.dueOn === '2026-10-31' && r.overdue === (r.status !== 'COMPLETED') && r.progress.totalLessons > 0)).toBe(true);
  });

  it('exports a course gradebook as CSV with one row per enrollment', async () => {
    const res = await h.execute<{ exportCourseGradebook: { fileName: string; rowCount: number; content: string } }>(
      COURSE_EXPORT,
      { courseId: courseSeedId('DIG-101'), format: 'CSV' },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportCourseGradebook).toMatchObject({ rowCount: 12, fileName: expect.stringMatching(/^课程成绩册-DIG-101-\d{8}\.csv$/) });
    const text = Buffer.from(res.data!.exportCourseGradebook.content, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('姓名,警号,单位,队员ID,单位ID,状态,截止日期,是否逾期,已完成课时,课时总数,开始时间,完成时间');
    expect(lines).toHaveLength(13);
    expect(lines.slice(1).every((l) => l.split(',')[7] === '是')).toBe(true);
    const roster = new Map(rosterReplica().map((r) => [r.officerId, r]));
    const units = new Map((await h.em().find(UnitTreeNode, {})).map((u) => [u.unitId, u.shortName]));
    for (const line of lines.slice(1)) {
      const [name, badge, unit, officerId, unitId] = line.split(',');
      expect([name, badge, unit, unitId]).toEqual([
        roster.get(officerId)!.name,
        roster.get(officerId)!.badgeNumber,
        units.get(unitId),
        roster.get(officerId)!.unitId,
      ]);
    }
  });

  it('gives profiles seeded before they held names the demo roster’s names and badges on the next seed', async () => {
    await h.em().nativeUpdate(TrainingProfile, {}, { name: null, badgeNumber: null });
    expect(await h.em().count(TrainingProfile, { name: null })).toBe(DEMO_OFFICER_COUNT);
    expect(await seedProfiles(h.em())).toBe(0);
    const profiles = await h.em().find(TrainingProfile, {}, { orderBy: { officerId: 'asc' } });
    const roster = new Map(rosterReplica().map((r) => [r.officerId, r]));
    expect(profiles.map((p) => [p.name, p.badgeNumber])).toEqual(profiles.map((p) => [roster.get(p.officerId)!.name, roster.get(p.officerId)!.badgeNumber]));
    expect(profiles.every((p) => p.name !== null && /^[\u4e00-\u9fff]{2,3}$/.test(p.name))).toBe(true);
  });
});
