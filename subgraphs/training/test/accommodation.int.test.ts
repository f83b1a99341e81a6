import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { ExamAccommodation } from '../accommodation/exam-accommodation.entity';
import { AttemptStatus } from '../attempt/attempt-enums';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { PRACTICE_EXAM_ID } from '../seed/seed-exams';
import { training } from '..';

const GRANT = `mutation($input: GrantExamAccommodationInput!) { grantExamAccommodation(input: $input) {
  accommodation { examId officerId extraMinutes reason approvedBy approvedAt } } }`;
const START = `mutation($input: StartExamAttemptInput!) { startExamAttempt(input: $input) { attempt { id startedAt deadline } } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { position answered } } }`;
const me = (i: number) => actors.officer(demoOfficerId(i));
const grantInput = (i: number, extra: Partial<{ extraMinutes: number; reason: string }> = {}) => ({
  examId: PRACTICE_EXAM_ID,
  officerId: demoOfficerId(i),
  extraMinutes: 30,
  reason: '右手骨折，书写不便',
  ...extra,
});

describe('exam accommodations (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  const start = async (i: number) => {
    const res = await h.execute<{ startExamAttempt: { attempt: { id: string; startedAt: string; deadline: string } } }>(
      START,
      { input: { examId: PRACTICE_EXAM_ID } },
      me(i),
    );
    expect(res.errors).toBeUndefined();
    const a = res.data!.startExamAttempt.attempt;
    return { id: a.id, minutes: (Date.parse(a.deadline) - Date.parse(a.startedAt)) / 60_000 };
  };

  it('records the approving trainer, the reason and the time', async () => {
    const before = Date.now();
    const res = await h.execute<{ grantExamAccommodation: { accommodation: Record<string, unknown> } }>(
      GRANT,
      { input: grantInput(10, { reason: '  右手骨折，书写不便 ' }) },
      actors.trainer('trainer-7'),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.grantExamAccommodation.accommodation).toMatchObject({
      examId: PRACTICE_EXAM_ID,
      officerId: demoOfficerId(10),
      extraMinutes: 30,
      reason: '右手骨折，书写不便',
      approvedBy: 'trainer-7',
    });
    const stored = await h.em().findOneOrFail(ExamAccommodation, { examId: PRACTICE_EXAM_ID, officerId: demoOfficerId(10) });
    expect(stored).toMatchObject({ extraMinutes: 30, approvedBy: 'trainer-7' });
    expect(stored.approvedAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses a second accommodation for the same exam and officer with CONFLICT and keeps the first', async () => {
    const res = await h.execute(GRANT, { input: grantInput(10, { extraMinutes: 90 }) }, actors.trainer('trainer-8'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.officerId' });
    const rows = await h.em().find(ExamAccommodation, { examId: PRACTICE_EXAM_ID, officerId: demoOfficerId(10) });
    expect(rows.map((r) => [r.extraMinutes, r.approvedBy])).toEqual([[30, 'trainer-7']]);
  });

  it('refuses officers and admins with FORBIDDEN', async () => {
    for (const who of [me(11), actors.admin()]) {
      const res = await h.execute(GRANT, { input: grantInput(11) }, who);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await h.em().count(ExamAccommodation, { officerId: demoOfficerId(11) })).toBe(0);
  });

  it('refuses 0 and 121 extra minutes on input.extraMinutes', async () => {
    for (const extraMinutes of [0, 121]) {
      const res = await h.execute(GRANT, { input: grantInput(12, { extraMinutes }) }, actors.trainer());
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.extraMinutes' });
    }
    expect(await h.em().count(ExamAccommodation, { officerId: demoOfficerId(12) })).toBe(0);
  });

  it('refuses a reason shorter than 5 characters on input.reason', async () => {
    const res = await h.execute(GRANT, { input: grantInput(12, { reason: '骨折 ' }) }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(await h.em().count(ExamAccommodation, { officerId: demoOfficerId(12) })).toBe(0);
  });

  it('sets the deadline 30 minutes later than without the accommodation', async () => {
    const plain = await start(13);
    const extended = await start(10);
    expect(plain.minutes).toBe(30);
    expect(extended.minutes).toBe(60);
    expect(
      (await h.em().findOneOrFail(ExamAttempt, { id: extended.id })).deadline.getTime() -
        (await h.em().findOneOrFail(ExamAttempt, { id: extended.id })).startedAt.getTime(),
    ).toBe(60 * 60_000);
  });

  it('accepts an answer between the normal and the extended deadline', async () => {
    const attempt = await h.em().findOneOrFail(ExamAttempt, { examId: PRACTICE_EXAM_ID, officerId: demoOfficerId(10), status: AttemptStatus.IN_PROGRESS });
    // 40 minutes into a 30-minute exam: past the normal deadline, 20 minutes before the extended one
    const startedAt = new Date(Date.now() - 40 * 60_000);
    await h.em().nativeUpdate(ExamAttempt, { id: attempt.id }, { startedAt, deadline: new Date(startedAt.getTime() + 60 * 60_000) });
    const res = await h.execute(ANSWER, { input: { attemptId: attempt.id, position: 1, selectedLabels: ['A'] } }, me(10));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ answerQuestion: { question: { position: 1, answered: true } } });
    expect((await h.em().findOneOrFail(AttemptItem, { attemptId: attempt.id, position: 1 })).answeredAt).not.toBeNull();
  });
});
