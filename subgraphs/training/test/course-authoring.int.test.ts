import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { Course } from '../course/course.entity';
import { Lesson } from '../lesson/lesson.entity';
import { courseSeedId } from '../seed/seed-courses';
import { training } from '..';

const CREATE = /* GraphQL */ `
  mutation ($input: CreateCourseInput!) {
    createCourse(input: $input) {
      course {
        id
        code
        published
        mandatoryFor
        prerequisites {
          code
        }
        lessons {
          id
        }
      }
    }
  }
`;
const ADD_LESSON = /* GraphQL */ `
  mutation ($input: AddLessonInput!) {
    addLesson(input: $input) {
      lesson {
        position
        title
        minutes
      }
      course {
        lessons {
          position
        }
      }
    }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation ($input: PublishCourseInput!) {
    publishCourse(input: $input) {
      course {
        published
      }
    }
  }
`;

const draft = (code: string) => ({
  code,
  title: '噪声污染投诉的处置',
  category: 'LAW_AND_REGULATION',
  summary: '社会生活噪声的认定、劝导与处罚。',
  creditHours: 2.5,
  prerequisiteIds: [courseSeedId('LAW-101')],
  mandatoryFor: ['OFFICER'],
});

describe('course authoring (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('creates a draft course with its prerequisites and audience', async () => {
    const res = await h.execute<{
      createCourse: { course: { code: string; published: boolean; mandatoryFor: string[]; prerequisites: { code: string }[]; lessons: unknown[] } };
    }>(CREATE, { input: draft('LAW-201') }, actors.trainer());
    expect(res.errors).toBeUndefined();
    expect(res.data!.createCourse.course).toMatchObject({
      code: 'LAW-201',
      published: false,
      mandatoryFor: ['OFFICER'],
      prerequisites: [{ code: 'LAW-101' }],
      lessons: [],
    });
  });

  it('appends lessons in order and publishes the course', async () => {
    const created = await h.execute<{ createCourse: { course: { id: string } } }>(CREATE, { input: draft('LAW-202') }, actors.trainer());
    const courseId = created.data!.createCourse.course.id;
    for (const title of ['噪声的认定', '劝导与处罚']) {
      const res = await h.execute(ADD_LESSON, { input: { courseId, title, contentSummary: '要点', minutes: 30 } }, actors.trainer());
      expect(res.errors).toBeUndefined();
    }
    const res = await h.execute(PUBLISH, { input: { courseId } }, actors.trainer());
    expect(res.data).toEqual({ publishCourse: { course: { published: true } } });
    const lessons = await h.em().find(Lesson, { courseId }, { orderBy: { position: 'asc' } });
    expect(lessons.map((l) => [l.position, l.title])).toEqual([
      [1, '噪声的认定'],
      [2, '劝导与处罚'],
    ]);
  });

  it('refuses to publish a course without lessons with CONFLICT', async () => {
    const created = await h.execute<{ createCourse: { course: { id: string } } }>(CREATE, { input: draft('LAW-203') }, actors.trainer());
    const courseId = created.data!.createCourse.course.id;
    const res = await h.execute(PUBLISH, { input: { courseId } }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.courseId' });
    expect((await h.em().findOneOrFail(Course, { id: courseId })).published).toBe(false);
  });

  it('refuses lessons on a published course with CONFLICT', async () => {
    const res = await h.execute(
      ADD_LESSON,
      { input: { courseId: courseSeedId('LAW-101'), title: '补充', contentSummary: '要点', minutes: 30 } },
      actors.trainer(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.courseId' });
    expect(await h.em().count(Lesson, { courseId: courseSeedId('LAW-101') })).toBe(3);
  });

  it('rejects a malformed course code with BAD_USER_INPUT on input.code', async () => {
    const res = await h.execute(CREATE, { input: draft('law1') }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
    expect(await h.em().count(Course, { code: 'law1' })).toBe(0);
  });

  it('rejects credit hours that are not a multiple of 0.5 with BAD_USER_INPUT', async () => {
    const res = await h.execute(CREATE, { input: { ...draft('LAW-204'), creditHours: 1.3 } }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.creditHours' });
    expect(await h.em().count(Course, { code: 'LAW-204' })).toBe(0);
  });

  it('rejects an unknown prerequisite with BAD_USER_INPUT on input.prerequisiteIds', async () => {
    const res = await h.execute(CREATE, { input: { ...draft('LAW-205'), prerequisiteIds: ['00000000-0000-4000-8000-000000000000'] } }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.prerequisiteIds' });
    expect(await h.em().count(Course, { code: 'LAW-205' })).toBe(0);
  });

  it('refuses a duplicate course code with CONFLICT on input.code', async () => {
    const res = await h.execute(CREATE, { input: draft('LAW-101') }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.code' });
    expect(await h.em().count(Course, { code: 'LAW-101' })).toBe(1);
  });

  it('refuses officers with FORBIDDEN', async () => {
    const res = await h.execute(CREATE, { input: draft('LAW-206') }, actors.officer('00000000-0000-4000-8000-000000000001'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(Course, { code: 'LAW-206' })).toBe(0);
  });

  it('hides drafts from officers in the catalogue', async () => {
    const q = `{ courses(first: 100) { edges { node { code lessons { position } } } } }`;
    const res = await h.execute<{ courses: { edges: { node: { code: string } }[] } }>(q, {}, actors.officer('00000000-0000-4000-8000-000000000001'));
    const codes = res.data!.courses.edges.map((e) => e.node.code);
    expect(codes).toContain('LAW-101');
    expect(codes).not.toContain('LAW-201');
  });
});
