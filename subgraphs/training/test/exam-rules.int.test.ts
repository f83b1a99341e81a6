import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { Exam } from '../exam/exam.entity';
import { PRACTICE_EXAM_ID, questionSeedId } from '../seed/seed-exams';
import { training } from '..';

const CREATE = `mutation($input: CreateExamInput!) { createExam(input: $input) { exam { id code mode maxAttempts } } }`;
const START = `mutation($id: ID!) { startExamAttempt(input: { examId: $id }) { attempt { id attemptNo } } }`;
const SUBMIT = `mutation($id: ID!) { submitExamAttempt(input: { attemptId: $id }) { attempt { status } } }`;
const me = (i: number) => actors.officer(demoOfficerId(i));
const day = 86_400_000;
const exam = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  title: '单次小测',
  kind: 'PRACTICE',
  mode: 'FIXED',
  questionIds: [questionSeedId('721-1'), questionSeedId('simple-0')],
  timeLimitMinutes: 10,
  passMarkPercent: 60,
  maxAttempts: 1,
  countingPolicy: 'HIGHEST',
  availableFrom: new Date(Date.now() - day).toISOString(),
  availableUntil: new Date(Date.now() + day).toISOString(),
  ...extra,
});

describe('exam rules (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('refuses an attempt beyond maxAttempts with CONFLICT', async () => {
    const created = await h.execute<{ createExam: { exam: { id: string } } }>(CREATE, { input: exam('QUIZ-1') }, actors.trainer());
    const examId = created.data!.createExam.exam.id;
    const first = await h.execute<{ startExamAttempt: { attempt: { id: string } } }>(START, { id: examId }, me(6));
    await h.execute(SUBMIT, { id: first.data!.startExamAttempt.attempt.id }, me(6));
    const second = await h.execute(START, { id: examId }, me(6));
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.examId' });
    expect(await h.em().count(ExamAttempt, { examId, officerId: demoOfficerId(6) })).toBe(1);
  });

  it('refuses an attempt outside the availability window with CONFLICT', async () => {
    const input = exam('QUIZ-2', { availableFrom: new Date(Date.now() + day).toISOString(), availableUntil: new Date(Date.now() + 2 * day).toISOString() });
    const created = await h.execute<{ createExam: { exam: { id: string } } }>(CREATE, { input }, actors.trainer());
    const res = await h.execute(START, { id: created.data!.createExam.exam.id }, me(6));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.examId' });
  });

  it('caps the deadline at the end of the availability window', async () => {
    const until = new Date(Date.now() + 5 * 60_000);
    const created = await h.execute<{ createExam: { exam: { id: string } } }>(
      CREATE,
      { input: exam('QUIZ-3', { availableUntil: until.toISOString() }) },
      actors.trainer(),
    );
    const res = await h.execute<{ startExamAttempt: { attempt: { id: string } } }>(START, { id: created.data!.createExam.exam.id }, me(6));
    const attempt = await h.em().findOneOrFail(ExamAttempt, { id: res.data!.startExamAttempt.attempt.id });
    expect(attempt.deadline.getTime()).toBe(until.getTime());
  });

  it('rejects a random rule the bank cannot fill with BAD_USER_INPUT and stores nothing', async () => {
    const input = exam('QUIZ-4', { mode: 'RANDOM', questionIds: [], rules: [{ topic: '721工作法', difficulty: 'EASY', count: 9 }] });
    const res = await h.execute(CREATE, { input }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rules.0.count' });
    expect(await h.em().count(Exam, { code: 'QUIZ-4' })).toBe(0);
  });

  it('refuses exam creation by officers with FORBIDDEN', async () => {
    const res = await h.execute(CREATE, { input: exam('QUIZ-5') }, me(6));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('counts the latest graded attempt under LAST and reports attempts left', async () => {
    const first = await h.execute<{ startExamAttempt: { attempt: { id: string } } }>(START, { id: PRACTICE_EXAM_ID }, me(9));
    await h.execute(SUBMIT, { id: first.data!.startExamAttempt.attempt.id }, me(9));
    const res = await h.execute<{ exam: { myResult: Record<string, unknown> } }>(
      `query($id: ID!) { exam(id: $id) { countingPolicy myResult { scorePercent passed attemptsUsed attemptsLeft } } }`,
      { id: PRACTICE_EXAM_ID },
      me(9),
    );
    // The seeded attempt scored > 0; the new, unanswered one scored 0 and is the last: LAST counts it.
    expect(res.data!.exam).toEqual({ countingPolicy: 'LAST', myResult: { scorePercent: 0, passed: false, attemptsUsed: 2, attemptsLeft: 3 } });
  });
});
