import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { seedId } from '../../../kernel/db/seed-id';
import { Enrollment } from '../enrollment/enrollment.entity';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { TrainingHoursEntry } from '../training-hours/training-hours-entry.entity';
import { courseSeedId } from '../seed/seed-courses';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { training } from '..';

const ASSIGN = /* GraphQL */ `
  mutation ($input: AssignCourseInput!) {
    assignCourse(input: $input) {
      createdCount
      enrollments {
        status
        dueOn
        officer {
          id
        }
      }
    }
  }
`;
const START = /* GraphQL */ `
  mutation ($input: StartCourseInput!) {
    startCourse(input: $input) {
      enrollment {
        status
      }
    }
  }
`;
const COMPLETE = /* GraphQL */ `
  mutation ($input: CompleteLessonInput!) {
    completeLesson(input: $input) {
      creditedHours
      enrollment {
        status
        progress {
          completedLessons
          totalLessons
        }
      }
    }
  }
`;
const lesson = (code: string, n: number) => seedId('lesson', `${code}#${n}`);
const officer = (i: number) => actors.officer(demoOfficerId(i));
const ledger = (h: SubgraphHarness, i: number, code: string) =>
  h.em().find(TrainingHoursEntry, { officerId: demoOfficerId(i), cause: HoursCause.COURSE_COMPLETION, note: `完成课程 ${code}`, sourceKey: { $ne: null } });

describe('assignments and learning (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('assigns a course to officers and a cohort (two new hires) once: repeating creates no duplicate', async () => {
    const input = { courseId: courseSeedId('SRV-101'), officerIds: [demoOfficerId(1)], cohortId: seedId('cohort', '2026-new-hires'), dueOn: '2099-06-30' };
    const first = await h.execute<{ assignCourse: { createdCount: number; enrollments: unknown[] } }>(ASSIGN, { input }, actors.trainer());
    const again = await h.execute<{ assignCourse: { createdCount: number; enrollments: unknown[] } }>(ASSIGN, { input }, actors.trainer());
    expect(first.data!.assignCourse.createdCount).toBe(3);
    expect(again.data!.assignCourse).toMatchObject({ createdCount: 0 });
    expect(again.data!.assignCourse.enrollments).toHaveLength(3);
    expect(await h.em().count(Enrollment, { courseId: courseSeedId('SRV-101') })).toBe(3);
  });

  it('rejects a due date in the past with BAD_USER_INPUT on input.dueOn', async () => {
    const input = { courseId: courseSeedId('DOC-101'), officerIds: [demoOfficerId(1)], dueOn: '2020-01-01' };
    const res = await h.execute(ASSIGN, { input }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueOn' });
    expect(await h.em().count(Enrollment, { courseId: courseSeedId('DOC-101') })).toBe(0);
  });

  it('rejects an assignment without officers with BAD_USER_INPUT on input.officerIds', async () => {
    const res = await h.execute(ASSIGN, { input: { courseId: courseSeedId('DOC-101'), dueOn: '2099-01-01' } }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.officerIds' });
  });

  it('refuses assignment by an officer with FORBIDDEN', async () => {
    const input = { courseId: courseSeedId('DOC-101'), officerIds: [demoOfficerId(1)], dueOn: '2099-01-01' };
    const res = await h.execute(ASSIGN, { input }, officer(1));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(Enrollment, { courseId: courseSeedId('DOC-101') })).toBe(0);
  });

  it('refuses to start a course with an unmet prerequisite with CONFLICT naming it', async () => {
    const res = await h.execute(START, { input: { courseId: courseSeedId('LAW-102') } }, officer(2));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.courseId', missingCourseCodes: ['LAW-101'] });
    expect(res.errors?.[0]?.message).toContain('LAW-101');
    expect(await h.em().count(Enrollment, { officerId: demoOfficerId(2), courseId: courseSeedId('LAW-102') })).toBe(0);
  });

  it('refuses a lesson of a course that was not started with CONFLICT', async () => {
    const res = await h.execute(COMPLETE, { input: { lessonId: lesson('LAW-101', 1) } }, officer(3));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.lessonId' });
  });

  it('completes a course lesson by lesson and credits its hours once', async () => {
    await h.execute(START, { input: { courseId: courseSeedId('LAW-101') } }, officer(2));
    const r1 = await h.execute<{ completeLesson: { creditedHours: number } }>(COMPLETE, { input: { lessonId: lesson('LAW-101', 1) } }, officer(2));
    const r2 = await h.execute(COMPLETE, { input: { lessonId: lesson('LAW-101', 2) } }, officer(2));
    const r3 = await h.execute(COMPLETE, { input: { lessonId: lesson('LAW-101', 3) } }, officer(2));
    expect(r1.data!.completeLesson.creditedHours).toBe(0);
    expect(r2.data).toEqual({
      completeLesson: { creditedHours: 0, enrollment: { status: 'IN_PROGRESS', progress: { completedLessons: 2, totalLessons: 3 } } },
    });
    expect(r3.data).toEqual({ completeLesson: { creditedHours: 6, enrollment: { status: 'COMPLETED', progress: { completedLessons: 3, totalLessons: 3 } } } });
    const again = await h.execute(COMPLETE, { input: { lessonId: lesson('LAW-101', 3) } }, officer(2));
    expect(again.data).toMatchObject({ completeLesson: { creditedHours: 0, enrollment: { status: 'COMPLETED' } } });
    const entries = await ledger(h, 2, 'LAW-101');
    expect(entries.map((e) => [e.hours, e.category])).toEqual([[6, 'LAW_AND_REGULATION']]);
  });

  it('starts a course once its prerequisite is completed', async () => {
    const res = await h.execute(START, { input: { courseId: courseSeedId('LAW-102') } }, officer(2));
    expect(res.data).toEqual({ startCourse: { enrollment: { status: 'IN_PROGRESS' } } });
  });

  it('credits hours once when the last lesson is completed by two parallel calls', async () => {
    await h.execute(START, { input: { courseId: courseSeedId('DIG-101') } }, officer(20));
    const results = await Promise.all(
      [1, 2].map(() => h.execute<{ completeLesson: { creditedHours: number } }>(COMPLETE, { input: { lessonId: lesson('DIG-101', 1) } }, officer(20))),
    );
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    expect(results.map((r) => r.data!.completeLesson.creditedHours).sort()).toEqual([0, 2]);
    expect(await ledger(h, 20, 'DIG-101')).toHaveLength(1);
  });

  it('refuses a second ledger entry for the same completion at the database (unique source key)', async () => {
    const em = h.em();
    const enrollment = await em.findOneOrFail(Enrollment, { officerId: demoOfficerId(20), courseId: courseSeedId('DIG-101') });
    em.create(TrainingHoursEntry, {
      officerId: demoOfficerId(20),
      year: 2026,
      hours: 2,
      category: 'DIGITAL_TOOLS' as never,
      cause: HoursCause.COURSE_COMPLETION,
      note: 'dup',
      sourceKey: `enrollment:${enrollment.id}`,
    });
    await expect(em.flush()).rejects.toThrow(/unique/i);
  });

  it('lists an officer’s enrollments to the officer and refuses another officer with FORBIDDEN', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Officer { enrollments { status dueOn overdue course { code } } } } }`;
    const reps = [{ __typename: 'Officer', id: demoOfficerId(0) }];
    const own = await h.execute<{ _entities: { enrollments: { course: { code: string }; dueOn: string; overdue: boolean; status: string }[] }[] }>(
      q,
      { reps },
      officer(0),
    );
    const today = shanghaiDate(new Date());
    expect(own.data!._entities[0].enrollments.map((e) => [e.course.code, e.status, e.dueOn, e.overdue])).toEqual([
      ['DIG-101', 'IN_PROGRESS', '2026-10-31', '2026-10-31' < today],
      ['COM-101', 'IN_PROGRESS', '2026-12-31', '2026-12-31' < today],
    ]);
    const other = await h.execute(q, { reps }, officer(1));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists overdue assignments, oldest due first, to supervisors', async () => {
    const q = `{ overdueAssignments(first: 100) { totalCount edges { node { dueOn status } } } }`;
    const res = await h.execute<{ overdueAssignments: { totalCount: number; edges: { node: { dueOn: string; status: string } }[] } }>(
      q,
      {},
      actors.supervisor('s-1'),
    );
    expect(res.errors).toBeUndefined();
    const today = shanghaiDate(new Date());
    const nodes = res.data!.overdueAssignments.edges.map((e) => e.node);
    const expected = await h.em().count(Enrollment, { dueOn: { $lt: today }, status: { $ne: EnrollmentStatus.COMPLETED } });
    expect(res.data!.overdueAssignments.totalCount).toBe(expected);
    expect(expected).toBeGreaterThanOrEqual(12); // the seeded DIG-101 assignments due 2026-10-31
    expect(nodes.every((n) => n.dueOn < today && n.status !== 'COMPLETED')).toBe(true);
    expect(nodes.map((n) => n.dueOn)).toEqual([...nodes.map((n) => n.dueOn)].sort());
  });

  it('loads enrollments with course and progress for 5 or 30 officers in the same number of statements', async () => {
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Officer { enrollments { status overdue course { code } progress { completedLessons totalLessons } } } } }`;
    const count = async (n: number) => {
      const reps = Array.from({ length: n }, (_, i) => ({ __typename: 'Officer', id: demoOfficerId(i) }));
      h.server.sql.reset();
      const res = await h.execute(q, { reps }, actors.trainer());
      expect(res.errors).toBeUndefined();
      return h.server.sql.total;
    };
    const few = await count(5);
    expect(await count(30)).toBe(few);
    expect(few).toBeLessThanOrEqual(4);
  });
});
