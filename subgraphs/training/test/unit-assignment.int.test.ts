import { seedId } from '../../../kernel/db/seed-id';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { AssignmentDueOverride } from '../due-override/assignment-due-override.entity';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { Enrollment } from '../enrollment/enrollment.entity';
import { courseSeedId } from '../seed/seed-courses';
import { CERT_EXAM_ID } from '../seed/seed-exams';
import { training } from '..';

const ASSIGN = `mutation($input: AssignCourseInput!) { assignCourse(input: $input) { createdCount enrollments { id officer { id } dueOn } } }`;
const OVERRIDE = `mutation($input: OverrideAssignmentDueDateInput!) {
  overrideAssignmentDueDate(input: $input) { enrollment { dueOn dueDateOverrides { previousDueOn dueOn reason grantedBy } } override { reason } } }`;
const COHORTS = `query($filter: CohortFilterInput, $first: Int) { cohorts(first: $first, filter: $filter) { totalCount edges { node { name } } pageInfo { hasNextPage } } }`;
const unit = (key: string) => seedId('unit', key);
const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);

describe('assigning a course to a unit and its sub-units, and per-officer due dates (issue 10)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('assigns the towns brigade and its five squads (16 officers), and a repeat creates nothing', async () => {
    const input = { courseId: courseSeedId('LAW-103'), unitId: unit('towns'), dueOn: inDays(30) };
    const res = await h.execute<{ assignCourse: { createdCount: number; enrollments: { officer: { id: string } }[] } }>(ASSIGN, { input }, actors.trainer());
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignCourse.createdCount).toBe(16);
    const expected = [2, ...Array.from({ length: 15 }, (_, k) => 21 + k)].map(demoOfficerId).sort();
    expect(res.data!.assignCourse.enrollments.map((e) => e.officer.id).sort()).toEqual(expected);
    const again = await h.execute<{ assignCourse: { createdCount: number } }>(ASSIGN, { input }, actors.trainer());
    expect(again.data!.assignCourse.createdCount).toBe(0);
    expect(await h.em().count(Enrollment, { courseId: courseSeedId('LAW-103') })).toBe(16);
  });

  it('assigns only the unit itself with includeSubUnits false', async () => {
    const res = await h.execute<{ assignCourse: { createdCount: number; enrollments: { officer: { id: string } }[] } }>(
      ASSIGN,
      { input: { courseId: courseSeedId('LAW-102'), unitId: unit('yunshan'), includeSubUnits: false, dueOn: inDays(30) } },
      actors.trainer(),
    );
    expect(res.data!.assignCourse.enrollments.map((e) => e.officer.id).sort()).toEqual([3, 4, 5].map(demoOfficerId).sort());
  });

  it('refuses an unknown unit with NOT_FOUND on input.unitId and writes nothing', async () => {
    const res = await h.execute(
      ASSIGN,
      { input: { courseId: courseSeedId('EMG-101'), unitId: seedId('unit', 'nowhere'), dueOn: inDays(30) } },
      actors.trainer(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.unitId' });
    expect(await h.em().count(Enrollment, { courseId: courseSeedId('EMG-101') })).toBe(0);
  });

  it('moves one officer’s due date with a reason, keeps the history, and leaves the others alone', async () => {
    const em = h.em();
    const target = await em.findOneOrFail(Enrollment, { officerId: demoOfficerId(0), courseId: courseSeedId('DIG-101') });
    const res = await h.execute(
      OVERRIDE,
      { input: { enrollmentId: target.id, dueOn: inDays(20), reason: '外派参加省厅集训两周' } },
      actors.trainer('trainer-7'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      overrideAssignmentDueDate: {
        enrollment: {
          dueOn: inDays(20),
          dueDateOverrides: [{ previousDueOn: '2026-10-31', dueOn: inDays(20), reason: '外派参加省厅集训两周', grantedBy: 'trainer-7' }],
        },
        override: { reason: '外派参加省厅集训两周' },
      },
    });
    const other = await h.em().findOneOrFail(Enrollment, { officerId: demoOfficerId(1), courseId: courseSeedId('DIG-101') });
    expect(other.dueOn).toBe('2026-10-31');
  });

  it('refuses a due-date change by an officer, without a reason, or on a completed course, and changes nothing', async () => {
    const em = h.em();
    const open = await em.findOneOrFail(Enrollment, { officerId: demoOfficerId(2), courseId: courseSeedId('DIG-101') });
    const done = await em.findOneOrFail(Enrollment, { courseId: courseSeedId('NEW-001'), status: EnrollmentStatus.COMPLETED });
    const input = { enrollmentId: open.id, dueOn: inDays(10), reason: '因公出差三周' };
    expect((await h.execute(OVERRIDE, { input }, actors.officer(demoOfficerId(2)))).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.execute(OVERRIDE, { input: { ...input, reason: '出差' } }, actors.trainer())).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    expect((await h.execute(OVERRIDE, { input: { ...input, enrollmentId: done.id } }, actors.trainer())).errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.enrollmentId',
    });
    expect((await h.em().findOneOrFail(Enrollment, { id: open.id })).dueOn).toBe('2026-10-31');
    expect(await h.em().count(AssignmentDueOverride, { enrollmentId: { $in: [open.id, done.id] } })).toBe(0);
  });

  it('assigns an exam to a squad, tells its officers, and refuses a due date after the exam closes', async () => {
    const ASSIGN_EXAM = `mutation($input: AssignExamInput!) { assignExam(input: $input) { createdCount assignments { dueOn completed officer { id } exam { code } } } }`;
    const examId = CERT_EXAM_ID;
    const closes = (
      await h.execute<{ exam: { availableUntil: string } }>(`query($id: ID!) { exam(id: $id) { availableUntil } }`, { id: examId }, actors.trainer())
    ).data!.exam.availableUntil;
    const tooLate = new Date(Date.parse(closes) + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
    const refused = await h.execute(ASSIGN_EXAM, { input: { examId, unitId: unit('zhuge'), dueOn: tooLate } }, actors.trainer());
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueOn' });
    const res = await h.execute<{ assignExam: { createdCount: number; assignments: { completed: boolean; officer: { id: string } }[] } }>(
      ASSIGN_EXAM,
      { input: { examId, unitId: unit('zhuge'), dueOn: inDays(2) } },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignExam.createdCount).toBe(3);
    expect(res.data!.assignExam.assignments.every((a) => !a.completed)).toBe(true);
    const notes = await h.execute<{ myTrainingNotifications: { items: { kind: string; message: string; exam: { id: string } | null }[] } }>(
      `{ myTrainingNotifications { items { kind message exam { id } } } }`,
      {},
      actors.officer(res.data!.assignExam.assignments[0].officer.id),
    );
    expect(notes.data!.myTrainingNotifications.items.filter((n) => n.exam)).toEqual([
      { kind: 'DUE_SOON', message: expect.stringContaining(`将于 ${inDays(2)} 截止`), exam: { id: examId } },
      { kind: 'NEW_ASSIGNMENT', message: expect.stringMatching(/^新指派考试：/), exam: { id: examId } },
    ]);
    const mine = await h.execute(
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Officer { examAssignments { dueOn completed exam { code } } } } }`,
      { reps: [{ __typename: 'Officer', id: demoOfficerId(24) }] },
      actors.officer(demoOfficerId(24)),
    );
    expect(mine.data).toEqual({ _entities: [{ examAssignments: [{ dueOn: inDays(2), completed: false, exam: { code: 'CERT-2026' } }] }] });
  });

  it('lists cohorts by name and by member, and refuses officers', async () => {
    await h.execute(
      `mutation { createCohort(input: { name: "2026年法制骨干研修班", officerIds: ["${demoOfficerId(5)}"] }) { cohort { id } } }`,
      {},
      actors.trainer(),
    );
    const byName = await h.execute(COHORTS, { filter: { nameContains: '骨干' } }, actors.trainer());
    expect(byName.data).toEqual({ cohorts: { totalCount: 1, edges: [{ node: { name: '2026年法制骨干研修班' } }], pageInfo: { hasNextPage: false } } });
    const byMember = await h.execute<{ cohorts: { edges: { node: { name: string } }[] } }>(
      COHORTS,
      { filter: { memberId: demoOfficerId(5) } },
      actors.supervisor('s-1'),
    );
    expect(byMember.data!.cohorts.edges.map((e) => e.node.name)).toEqual(['2026年法制骨干研修班']);
    const page = await h.execute<{ cohorts: { totalCount: number; pageInfo: { hasNextPage: boolean } } }>(COHORTS, { first: 1 }, actors.trainer());
    expect(page.data!.cohorts).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true } });
    expect((await h.execute(COHORTS, {}, actors.officer(demoOfficerId(5)))).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
