import { seedId } from '../../kernel/db/seed-id';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { questionSeedId } from '../../subgraphs/training/seed/seed-exams';
import {
  AssignCourseToUnitDocument,
  CreateExamDocument,
  MarkTrainingNotificationsReadDocument,
  OfficerNotificationInboxDocument,
  StartExamAttemptDocument,
  SubmitExamAttemptDocument,
} from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const day = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * day).toISOString().slice(0, 10);
const officer = demoOfficerId(31);
const colleague = demoOfficerId(32);

/** Issue 10: notices are stored once, when their cause happens, and read through Officer.notifications as the officer app does. */
describe('stored notifications through the gateway (issue 10)', () => {
  let stack: Stack;
  let trainer: string;
  let me: string;
  let them: string;
  const inbox = async (vars: { first?: number; unreadOnly?: boolean } = {}, token = me) => {
    const res = await execute(stack.gatewayUrl, OfficerNotificationInboxDocument, { id: officer, ...vars }, { token });
    expect(res.errors).toBeUndefined();
    return res.data!.officer.notifications;
  };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-notices-e2e');
    me = await tokenFor('OFFICER', officer);
    them = await tokenFor('OFFICER', colleague);
  });
  afterAll(() => stack.stop());

  it('tells the officer of a course assigned to them once, however often the trainer repeats the assignment', async () => {
    const input = { courseId: seedId('course', 'EMG-101'), officerIds: [officer], dueOn: inDays(20) };
    const created = await Promise.all([1, 2].map(() => execute(stack.gatewayUrl, AssignCourseToUnitDocument, { input }, { token: trainer })));
    expect(created.map((r) => r.data!.assignCourse.createdCount).sort()).toEqual([0, 1]);
    await execute(stack.gatewayUrl, AssignCourseToUnitDocument, { input }, { token: trainer });
    const notices = (await inbox()).items.filter((n) => n.course?.code === 'EMG-101');
    expect(notices).toEqual([
      {
        key: expect.stringMatching(/^NEW_ASSIGNMENT:/),
        kind: 'NEW_ASSIGNMENT',
        title: '新指派',
        message: `新指派课程：EMG-101《暴力抗法与突发事件现场处置》，截止 ${inDays(20)}`,
        dueOn: inDays(20),
        read: false,
        readAt: null,
        createdAt: expect.any(String),
        course: { code: 'EMG-101' },
        examAttempt: null,
      },
    ]);
  });

  it('tells the officer their attempt is graded, once, as soon as it is', async () => {
    const exam = await execute(
      stack.gatewayUrl,
      CreateExamDocument,
      {
        input: {
          code: 'E2E-NOTICE',
          title: '提醒练习',
          kind: 'PRACTICE',
          mode: 'FIXED',
          questionIds: ['721-1', 'simple-0'].map(questionSeedId),
          timeLimitMinutes: 10,
          passMarkPercent: 60,
          maxAttempts: 1,
          countingPolicy: 'HIGHEST',
          availableFrom: new Date(Date.now() - day).toISOString(),
          availableUntil: new Date(Date.now() + day).toISOString(),
        },
      },
      { token: trainer },
    );
    expect(exam.errors).toBeUndefined();
    const examId = exam.data!.createExam.exam.id;
    const attemptId = (await execute(stack.gatewayUrl, StartExamAttemptDocument, { examId }, { token: me })).data!.startExamAttempt.attempt.id;
    const before = await inbox();
    await execute(stack.gatewayUrl, SubmitExamAttemptDocument, { attemptId }, { token: me });
    const after = await inbox();
    const graded = after.items.filter((n) => n.kind === 'EXAM_GRADED');
    expect(graded).toEqual([
      expect.objectContaining({
        key: `EXAM_GRADED:${attemptId}`,
        title: '考试已评分',
        message: 'E2E-NOTICE《提醒练习》 已评分，可查看成绩',
        examAttempt: { id: attemptId },
        read: false,
      }),
    ]);
    expect(after.unreadCount).toBe(before.unreadCount + 1);
    expect(after.items[0].key).toBe(`EXAM_GRADED:${attemptId}`); // newest first
  });

  it('marks a notice read, after which the unread filter leaves it out', async () => {
    const key = (await inbox()).items.find((n) => n.kind === 'EXAM_GRADED')!.key;
    const marked = await execute(stack.gatewayUrl, MarkTrainingNotificationsReadDocument, { keys: [key] }, { token: me });
    expect(marked.errors).toBeUndefined();
    const all = await inbox();
    expect(marked.data!.markTrainingNotificationsRead).toEqual({ markedCount: 1, unreadCount: all.unreadCount });
    expect(all.items.find((n) => n.key === key)).toMatchObject({ read: true, readAt: expect.any(String) });
    const unread = await inbox({ unreadOnly: true });
    expect(unread.items.map((n) => n.key)).not.toContain(key);
    expect(unread.totalCount).toBe(all.unreadCount);
    expect(unread.items.every((n) => !n.read)).toBe(true);
    expect((await inbox({ first: 1 })).items).toHaveLength(1);
  });

  it('refuses another officer: their mark of my notice is NOT_FOUND and their read of my list FORBIDDEN, and nothing changes', async () => {
    const before = await inbox();
    const mine = before.items.find((n) => n.kind === 'NEW_ASSIGNMENT' && !n.read)!;
    const marked = await execute(stack.gatewayUrl, MarkTrainingNotificationsReadDocument, { keys: [mine.key] }, { token: them });
    expect(marked.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.keys' });
    const read = await execute(stack.gatewayUrl, OfficerNotificationInboxDocument, { id: officer }, { token: them });
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await inbox()).toEqual(before);
    const tooMany = await execute(stack.gatewayUrl, OfficerNotificationInboxDocument, { id: officer, first: 101 }, { token: me });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
