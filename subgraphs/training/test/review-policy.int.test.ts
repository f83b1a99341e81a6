import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { Exam } from '../exam/exam.entity';
import { questionSeedId } from '../seed/seed-exams';
import { training } from '..';

const CREATE = `mutation($input: CreateExamInput!) { createExam(input: $input) { exam { id reviewPolicy { score correctness correctAnswers explanations } } } }`;
const START = `mutation($id: ID!) { startExamAttempt(input: { examId: $id }) { attempt { id } } }`;
const SUBMIT = `mutation($id: ID!) { submitExamAttempt(input: { attemptId: $id }) { attempt { status scorePercent passed } } }`;
/** Every field reachable from a graded attempt as the examinee, review included. */
const EVERYTHING = `query($id: ID!) { examAttempt(id: $id) {
  id attemptNo status startedAt deadline submittedAt expired scorePercent passed
  exam { id code kind mode maxAttempts passMarkPercent availableUntil reviewPolicy { score correctness correctAnswers explanations } myResult { scorePercent passed attemptsUsed attemptsLeft } }
  questions { position type stem options { label text } selectedLabels answerText answered }
  review { shown { score correctness correctAnswers explanations } scorePercent passed
    items { position type stem keywords answerText score explanation options { label text correct selected } } }
} }`;
const PAPER = ['721-1', 'simple-0', 'short-0'].map(questionSeedId);
const day = 86_400_000;
const me = (i: number) => actors.officer(demoOfficerId(i));
const fixed = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  title: '固定试卷复核测试',
  kind: 'CERTIFICATION',
  mode: 'FIXED',
  questionIds: PAPER,
  timeLimitMinutes: 10,
  passMarkPercent: 60,
  maxAttempts: 3,
  countingPolicy: 'HIGHEST',
  availableFrom: new Date(Date.now() - day).toISOString(),
  availableUntil: new Date(Date.now() + day).toISOString(),
  ...extra,
});
const policy = (score: string, key: string) => ({ score, correctness: key, correctAnswers: key, explanations: key });

type Everything = {
  examAttempt: {
    scorePercent: number | null;
    review: {
      shown: Record<string, boolean>;
      items: { explanation: string | null; score: number | null; keywords: string[] | null; options: { correct: boolean | null }[] }[];
    };
  };
};

/** Exposes whether any part of the key reached the examinee. */
function keyLeaks(data: Everything): string[] {
  const items = data.examAttempt.review.items;
  return [
    ...items.filter((i) => i.explanation !== null).map((i) => `explanation of ${JSON.stringify(i)}`),
    ...items.filter((i) => i.score !== null).map(() => 'per-question score'),
    ...items.filter((i) => i.keywords !== null).map(() => 'keywords'),
    ...items
      .flatMap((i) => i.options)
      .filter((o) => o.correct !== null)
      .map(() => 'option correctness'),
  ];
}

describe('review policy (issue 10 fault 1: the key must not leak after grading)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  const create = async (input: Record<string, unknown>) => {
    const res = await h.execute<{ createExam: { exam: { id: string; reviewPolicy: unknown } } }>(CREATE, { input }, actors.trainer());
    expect(res.errors).toBeUndefined();
    return res.data!.createExam.exam;
  };
  const blankAttempt = async (examId: string, i: number) => {
    const started = await h.execute<{ startExamAttempt: { attempt: { id: string } } }>(START, { id: examId }, me(i));
    expect(started.errors).toBeUndefined();
    const id = started.data!.startExamAttempt.attempt.id;
    const submitted = await h.execute<{ submitExamAttempt: { attempt: { scorePercent: number | null } } }>(SUBMIT, { id }, me(i));
    expect(submitted.errors).toBeUndefined();
    return { id, submitted: submitted.data!.submitExamAttempt.attempt };
  };
  const everything = async (id: string, i: number) => {
    const res = await h.execute<Everything>(EVERYTHING, { id }, me(i));
    expect(res.errors).toBeUndefined();
    return res.data!;
  };

  it('shows only the score of a blank attempt of a 3-attempt fixed certification exam (the reported leak)', async () => {
    const exam = await create(fixed('LEAK-1'));
    expect(exam.reviewPolicy).toEqual(policy('IMMEDIATELY', 'AFTER_CLOSE'));
    const { id, submitted } = await blankAttempt(exam.id, 10);
    const data = await everything(id, 10);
    expect(submitted.scorePercent).toBe(0);
    expect(data.examAttempt.review.shown).toEqual({ score: true, correctness: false, correctAnswers: false, explanations: false });
    expect(keyLeaks(data)).toEqual([]);
    expect(JSON.stringify(data)).not.toContain('"correct":true');
  });

  it('refuses IMMEDIATELY answers on a fixed multi-attempt exam with BAD_USER_INPUT and stores no exam', async () => {
    const res = await h.execute(
      CREATE,
      { input: fixed('LEAK-2', { reviewPolicy: { ...policy('IMMEDIATELY', 'AFTER_CLOSE'), correctAnswers: 'IMMEDIATELY' } }) },
      actors.trainer(),
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reviewPolicy.correctAnswers' });
    expect(await h.em().count(Exam, { code: 'LEAK-2' })).toBe(0);
  });

  it.each(['AFTER_LAST_ATTEMPT', 'AFTER_CLOSE', 'NEVER'])('keeps every key field null before the last attempt under %s', async (timing) => {
    const exam = await create(fixed(`KEY-${timing.slice(0, 10).replace(/_/g, '')}`, { reviewPolicy: policy('IMMEDIATELY', timing) }));
    const { id } = await blankAttempt(exam.id, 11);
    expect(keyLeaks(await everything(id, 11))).toEqual([]);
  });

  it('shows the key after the last attempt under AFTER_LAST_ATTEMPT, and trainers see it at any time', async () => {
    const exam = await create(fixed('LAST-1', { maxAttempts: 2, reviewPolicy: policy('IMMEDIATELY', 'AFTER_LAST_ATTEMPT') }));
    const first = await blankAttempt(exam.id, 12);
    const trainerView = await h.execute<Everything>(EVERYTHING, { id: first.id }, actors.trainer());
    expect(trainerView.data!.examAttempt.review.shown).toEqual({ score: true, correctness: true, correctAnswers: true, explanations: true });
    expect(keyLeaks(await everything(first.id, 12))).toEqual([]);
    await blankAttempt(exam.id, 12);
    const after = await everything(first.id, 12);
    expect(after.examAttempt.review.shown).toEqual({ score: true, correctness: true, correctAnswers: true, explanations: true });
    expect(after.examAttempt.review.items.flatMap((i) => i.options).filter((o) => o.correct)).not.toHaveLength(0);
  });

  it('shows the key once the exam has closed under AFTER_CLOSE', async () => {
    const exam = await create(fixed('CLOSE-1'));
    const { id } = await blankAttempt(exam.id, 13);
    await h.em().nativeUpdate(Exam, { id: exam.id }, { availableUntil: new Date(Date.now() - 1000) });
    const data = await everything(id, 13);
    expect(data.examAttempt.review.shown).toEqual({ score: true, correctness: true, correctAnswers: true, explanations: true });
    expect(data.examAttempt.review.items.every((i) => i.explanation !== null)).toBe(true);
  });

  it('hides the score everywhere it is reachable when the policy says NEVER', async () => {
    const exam = await create(fixed('NOSCORE-1', { reviewPolicy: policy('NEVER', 'NEVER') }));
    const { id, submitted } = await blankAttempt(exam.id, 14);
    expect(submitted).toEqual({ status: 'GRADED', scorePercent: null, passed: null });
    const data = await everything(id, 14);
    expect(data.examAttempt).toMatchObject({
      scorePercent: null,
      passed: null,
      exam: { myResult: { scorePercent: null, passed: null, attemptsUsed: 1 } },
      review: { scorePercent: null, passed: null },
    });
    expect(keyLeaks(data)).toEqual([]);
  });
});
