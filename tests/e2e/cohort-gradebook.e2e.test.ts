import { Workbook } from 'exceljs';

import { seedId } from '../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoBadge, demoOfficerId } from '../../kernel/demo/demo-roster';
import { PRACTICE_EXAM_ID } from '../../subgraphs/training/seed/seed-exams';
import {
  AssignCourseToUnitDocument,
  AssignExamToCohortDocument,
  CohortGradebookDocument,
  CreateCohortDocument,
  ExportCohortGradebookDocument,
} from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
const members = [demoOfficerId(25), demoOfficerId(9), demoOfficerId(26)].sort();
const badgeOf = (officerId: string) => demoBadge([25, 9, 26].find((i) => demoOfficerId(i) === officerId)!);
const unitOf = (officerId: string) => (officerId === demoOfficerId(9) ? '上华中队' : '诸葛中队');
const name = '2026年冬季新警班';

/** A trainer assigns a course to a cohort and reads the cohort's gradebook: members × assignments, with names. */
describe('gradebook per cohort through the gateway (issue 10)', () => {
  let stack: Stack;
  let trainer: string;
  let id: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-cohort-e2e');
    const cohort = await execute(stack.gatewayUrl, CreateCohortDocument, { input: { name, officerIds: members } }, { token: trainer });
    expect(cohort.errors).toBeUndefined();
    id = cohort.data!.createCohort.cohort.id;
    const assigned = await execute(
      stack.gatewayUrl,
      AssignCourseToUnitDocument,
      { input: { courseId: seedId('course', 'FLX-102'), cohortId: id, dueOn: inDays(21) } },
      { token: trainer },
    );
    expect(assigned.data!.assignCourse.createdCount).toBeGreaterThan(0);
  });
  afterAll(() => stack.stop());

  it('lists every member by officer id with the assigned course’s progress and the member’s name', async () => {
    const book = await execute(stack.gatewayUrl, CohortGradebookDocument, { id, first: 10 }, { token: trainer });
    expect(book.errors).toBeUndefined();
    const gradebook = book.data!.cohort.gradebook!;
    expect(gradebook.totalCount).toBe(3);
    expect(gradebook.edges.map((e) => e.node.officer.id)).toEqual(members);
    const lessons = gradebook.edges[0].node.courses.find((c) => c.course.code === 'FLX-102')!.lessonsTotal;
    expect(lessons).toBeGreaterThan(0);
    for (const { node } of gradebook.edges) {
      expect(node.officer.name).toEqual(expect.any(String));
      expect(node.courses.find((c) => c.course.code === 'FLX-102')).toEqual({
        course: { code: 'FLX-102' },
        status: 'ASSIGNED',
        overdue: false,
        lessonsCompleted: 0,
        lessonsTotal: lessons,
      });
      expect(node.assignmentsTotal).toBe(node.courses.length + node.exams.length);
    }
    const newHire = gradebook.edges.find((e) => e.node.officer.id === demoOfficerId(25))!.node;
    expect(newHire.certified).toBe(false);
  });

  it('exports the cohort gradebook as xlsx with each member’s 姓名 (as enforcement has it), 警号 and 单位 before the ids', async () => {
    const book = await execute(stack.gatewayUrl, CohortGradebookDocument, { id, first: 10 }, { token: trainer });
    const names = new Map(book.data!.cohort.gradebook!.edges.map((e) => [e.node.officer.id, e.node.officer.name]));
    const res = await execute(stack.gatewayUrl, ExportCohortGradebookDocument, { cohortId: id, format: 'XLSX' }, { token: trainer });
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportCohortGradebook).toMatchObject({ rowCount: 3, fileName: expect.stringMatching(/^培训班成绩册-2026年冬季新警班-\d{8}\.xlsx$/) });
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(res.data!.exportCohortGradebook.content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const text = (r: number) => Array.from({ length: sheet.getRow(1).cellCount }, (_, c) => sheet.getRow(r).getCell(c + 1).text);
    expect(text(1).slice(0, 5)).toEqual(['姓名', '警号', '单位', '队员ID', '单位ID']);
    expect(text(1)).toContain('课程 FLX-102');
    const rows = [2, 3, 4].map(text);
    expect(rows.map((r) => r[3])).toEqual(members);
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual(members.map((m) => [names.get(m), badgeOf(m), unitOf(m)]));
    expect(rows.every((r) => r[text(1).indexOf('课程 FLX-102')].startsWith('已指派 0/'))).toBe(true);
  });

  it('exports the same rows as CSV for Excel: UTF-8 with a byte-order mark, names in Chinese', async () => {
    const res = await execute(stack.gatewayUrl, ExportCohortGradebookDocument, { cohortId: id, format: 'CSV' }, { token: trainer });
    expect(res.errors).toBeUndefined();
    const csv = Buffer.from(res.data!.exportCohortGradebook.content, 'base64').toString('utf8');
    expect(csv.startsWith('\uFEFF姓名,警号,单位,队员ID,单位ID,指派总数')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1).map((l) => l.split(',').slice(1, 4))).toEqual(members.map((m) => [badgeOf(m), unitOf(m), m]));
    expect(lines.slice(1).every((l) => /^[\u4e00-\u9fff]{2,3},/.test(l))).toBe(true);
  });

  it('exports a cohort whose name holds / or * under a name Excel and file systems accept', async () => {
    const odd = await execute(stack.gatewayUrl, CreateCohortDocument, { input: { name: '法制/骨干*班', officerIds: [members[0]] } }, { token: trainer });
    const res = await execute(
      stack.gatewayUrl,
      ExportCohortGradebookDocument,
      { cohortId: odd.data!.createCohort.cohort.id, format: 'XLSX' },
      { token: trainer },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportCohortGradebook).toMatchObject({ rowCount: 1, fileName: expect.stringMatching(/^培训班成绩册-法制_骨干_班-\d{8}\.xlsx$/) });
  });

  it('refuses the export to an officer with FORBIDDEN, and an unknown cohort with NOT_FOUND', async () => {
    const officer = await tokenFor('OFFICER', members[0]);
    const refused = await execute(stack.gatewayUrl, ExportCohortGradebookDocument, { cohortId: id, format: 'CSV' }, { token: officer });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(refused.data?.exportCohortGradebook ?? null).toBeNull();
    const unknown = await execute(
      stack.gatewayUrl,
      ExportCohortGradebookDocument,
      { cohortId: seedId('cohort', 'nowhere'), format: 'CSV' },
      { token: trainer },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'cohortId' });
  });

  it('pages by officer id: the second page starts after the first', async () => {
    const first = await execute(stack.gatewayUrl, CohortGradebookDocument, { id, first: 2 }, { token: trainer });
    const page1 = first.data!.cohort.gradebook!;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await execute(stack.gatewayUrl, CohortGradebookDocument, { id, first: 2, after: page1.pageInfo.endCursor }, { token: trainer });
    const page2 = second.data!.cohort.gradebook!;
    expect([...page1.edges, ...page2.edges].map((e) => e.node.officer.id)).toEqual(members);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('is for trainers: a supervisor who may list cohorts gets FORBIDDEN on the gradebook', async () => {
    const supervisor = await tokenFor('SUPERVISOR', 'supervisor-cohort-e2e');
    const book = await execute(stack.gatewayUrl, CohortGradebookDocument, { id, first: 10 }, { token: supervisor });
    expect(book.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(book.data?.cohort.gradebook ?? null).toBeNull();
  });

  it('pages 10 and all 36 members with names, courses and exams in the same number of SQL statements', async () => {
    const everyone = Array.from({ length: DEMO_OFFICER_COUNT }, (_, i) => demoOfficerId(i));
    const created = await execute(stack.gatewayUrl, CreateCohortDocument, { input: { name: '全体队员轮训', officerIds: everyone } }, { token: trainer });
    const cohortId = created.data!.createCohort.cohort.id;
    await execute(
      stack.gatewayUrl,
      AssignCourseToUnitDocument,
      { input: { courseId: seedId('course', 'FLX-102'), cohortId, dueOn: inDays(21) } },
      { token: trainer },
    );
    const exam = await execute(
      stack.gatewayUrl,
      AssignExamToCohortDocument,
      { input: { examId: PRACTICE_EXAM_ID, cohortId, dueOn: inDays(3) } },
      { token: trainer },
    );
    expect(exam.errors).toBeUndefined();
    const count = async (first: number) => {
      stack.resetSql();
      const res = await execute(stack.gatewayUrl, CohortGradebookDocument, { id: cohortId, first }, { token: trainer });
      expect(res.errors).toBeUndefined();
      expect(res.data!.cohort.gradebook!.edges.filter((e) => e.node.exams.length > 0 && e.node.courses.length > 0)).toHaveLength(first);
      return stack.sqlTotal();
    };
    expect(await count(DEMO_OFFICER_COUNT)).toBe(await count(10));
  });
});
