import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { ExamOverride } from '../override/exam-override.entity';
import { questionSeedId } from '../seed/seed-exams';
import { training } from '..';

const CREATE = `mutation($input: CreateExamInput!) { createExam(input: $input) { exam { id } } }`;
const GRANT = `mutation($input: GrantExamOverrideInput!) { grantExamOverride(input: $input) { override { extraAttempts availableUntil reason grantedBy } } }`;
const START = `mutation($id: ID!) { startExamAttempt(input: { examId: $id }) { attempt { id attemptNo } } }`;
const SUBMIT = `mutation($id: ID!) { submitExamAttempt(input: { attemptId: $id }) { attempt { status } } }`;
const REVIEW = `query($id: ID!) { examAttempt(id: $id) { exam { myResult { attemptsLeft } } review { shown { correctAnswers } } } }`;
const day = 86_400_000;
const me = (i: number) => actors.officer(demoOfficerId(i));
const quiz = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  title: '单次小测',
  kind: 'PRACTICE',
  mode: 'FIXED',
  questionIds: [questionSeedId('721-1'), questionSeedId('simple-0')],
  timeLimitMinutes: 10,
  passMarkPercent: 60,
  maxAttempts: 1,
  countingPolicy: 'HIGHEST',
  availableFrom: new Date(Date.now() - 2 * day).toISOString(),
  availableUntil: new Date(Date.now() + day).toISOString(),
  ...extra,
});

describe('per-officer exam overrides (issue 10)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  const create = async (code: string, extra: Record<string, unknown> = {}) =>
    (await h.execute<{ createExam: { exam: { id: string } } }>(CREATE, { input: quiz(code, extra) }, actors.trainer())).data!.createExam.exam.id;
  const attempt = async (examId: string, i: number) => {
    const res = await h.execute<{ startExamAttempt: { attempt: { id: string } } }>(START, { id: examId }, me(i));
    expect(res.errors).toBeUndefined();
    await h.execute(SUBMIT, { id: res.data!.startExamAttempt.attempt.id }, me(i));
    return res.data!.startExamAttempt.attempt.id;
  };

  it('gives one officer an extra attempt, and keeps the key of the now repeated paper until their last attempt', async () => {
    const examId = await create('OVR-1');
    const first = await attempt(examId, 40);
    const granted = await h.execute(
      GRANT,
      { input: { examId, officerId: demoOfficerId(40), extraAttempts: 1, reason: '首次考试时系统故障' } },
      actors.trainer(),
    );
    expect(granted.errors).toBeUndefined();
    const between = await h.execute(REVIEW, { id: first }, me(40));
    expect(between.data).toEqual({ examAttempt: { exam: { myResult: { attemptsLeft: 1 } }, review: { shown: { correctAnswers: false } } } });
    await attempt(examId, 40);
    const after = await h.execute(REVIEW, { id: first }, me(40));
    expect(after.data).toEqual({ examAttempt: { exam: { myResult: { attemptsLeft: 0 } }, review: { shown: { correctAnswers: true } } } });
    const other = await attempt(examId, 41);
    const again = await h.execute(START, { id: examId }, me(41));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(other).toEqual(expect.any(String));
  });

  it('opens a closed exam for one officer through a personal window', async () => {
    const examId = await create('OVR-2', { availableUntil: new Date(Date.now() - day).toISOString() });
    const refused = await h.execute(START, { id: examId }, me(42));
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.examId' });
    await h.execute(
      GRANT,
      { input: { examId, officerId: demoOfficerId(42), availableUntil: new Date(Date.now() + day).toISOString(), reason: '病假期间错过考试' } },
      actors.trainer(),
    );
    await attempt(examId, 42);
    expect(await h.em().count(ExamAttempt, { examId, officerId: demoOfficerId(42) })).toBe(1);
    expect((await h.execute(START, { id: examId }, me(43))).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a second override, an empty one and one by an officer, and stores nothing more', async () => {
    const examId = await create('OVR-3');
    const input = { examId, officerId: demoOfficerId(44), extraAttempts: 1, reason: '因公出差未能参考' };
    expect((await h.execute(GRANT, { input }, actors.trainer())).errors).toBeUndefined();
    expect((await h.execute(GRANT, { input }, actors.trainer())).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.officerId' });
    expect(
      (await h.execute(GRANT, { input: { ...input, officerId: demoOfficerId(45), extraAttempts: 0 } }, actors.trainer())).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.extraAttempts' });
    expect((await h.execute(GRANT, { input: { ...input, officerId: demoOfficerId(45) } }, me(45))).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await h.em().count(ExamOverride, { examId })).toBe(1);
  });
});
