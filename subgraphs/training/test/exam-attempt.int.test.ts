import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { Question } from '../question/question.entity';
import { CERT_EXAM_ID, PRACTICE_EXAM_ID, questionSeedId } from '../seed/seed-exams';
import { training } from '..';

const START = `mutation($input: StartExamAttemptInput!) { startExamAttempt(input: $input) { attempt { id status deadline } } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { position selectedLabels answered } } }`;
const SUBMIT = `mutation($input: SubmitExamAttemptInput!) { submitExamAttempt(input: $input) { attempt { status scorePercent passed expired } } }`;
/** Every field reachable from an attempt as the examinee, except `review`. */
const EVERYTHING = `query($id: ID!) { examAttempt(id: $id) {
  id createdAt attemptNo status startedAt deadline submittedAt expired scorePercent passed
  exam { id code title kind mode rules { topic difficulty count } timeLimitMinutes passMarkPercent maxAttempts countingPolicy availableFrom availableUntil published createdAt }
  questions { position type stem options { label text } selectedLabels answerText answered }
} }`;
const REVIEW = `query($id: ID!) { examAttempt(id: $id) { review { scorePercent passed items { position stem score explanation options { label correct selected } } } } }`;

type Q = { position: number; type: string; stem: string; options: { label: string; text: string }[] };
const me = (i: number) => actors.officer(demoOfficerId(i));

describe('exam attempts (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  const start = async (examId: string, i: number) => {
    const res = await h.execute<{ startExamAttempt: { attempt: { id: string } } }>(START, { input: { examId } }, me(i));
    expect(res.errors).toBeUndefined();
    return res.data!.startExamAttempt.attempt.id;
  };

  it('gives examinee-facing types no field that could carry an answer', async () => {
    const res = await h.execute<{ a: { fields: { name: string }[] }; o: { fields: { name: string }[] }; t: { fields: { name: string }[] } }>(
      `{ a: __type(name: "AttemptQuestion") { fields { name } } o: __type(name: "AttemptOption") { fields { name } } t: __type(name: "ExamAttempt") { fields { name } } }`,
    );
    expect(res.data!.a.fields.map((f) => f.name).sort()).toEqual(['answerText', 'answered', 'options', 'position', 'selectedLabels', 'stem', 'type']);
    expect(res.data!.o.fields.map((f) => f.name).sort()).toEqual(['label', 'text']);
    expect(res.data!.t.fields.map((f) => f.name)).not.toEqual(expect.arrayContaining(['correct', 'explanation', 'keywords']));
  });

  it('draws a 20-question certification paper and reveals no answer anywhere reachable before grading', async () => {
    const id = await start(CERT_EXAM_ID, 1);
    const res = await h.execute<{ examAttempt: { questions: Q[] } }>(EVERYTHING, { id }, me(1));
    expect(res.errors).toBeUndefined();
    expect(res.data!.examAttempt.questions).toHaveLength(20);
    const json = JSON.stringify(res.data);
    for (const leak of ['correct', 'explanation', 'keywords', '正确答案', '解析']) {
      expect(json).not.toContain(leak);
    }
    const review = await h.execute(REVIEW, { id }, me(1));
    expect(review.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(review.data).toBeNull();
  });

  it('shuffles option order per attempt (labels map to different stored keys)', async () => {
    const attempt = await h.em().findOneOrFail(ExamAttempt, { examId: CERT_EXAM_ID, officerId: demoOfficerId(1) });
    const items = await h.em().find(AttemptItem, { attemptId: attempt.id });
    const unshuffled = items.filter((i) => i.optionOrder.join() === [...i.optionOrder].sort().join() || i.optionOrder.join() === 'T,F');
    expect(unshuffled.length).toBeLessThan(items.length);
  });

  it('refuses a second attempt in progress with CONFLICT', async () => {
    const res = await h.execute(START, { input: { examId: CERT_EXAM_ID } }, me(1));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.examId' });
    expect(await h.em().count(ExamAttempt, { examId: CERT_EXAM_ID, officerId: demoOfficerId(1) })).toBe(1);
  });

  it('creates exactly one attempt from two parallel starts', async () => {
    const results = await Promise.all([1, 2].map(() => h.execute(START, { input: { examId: CERT_EXAM_ID } }, me(2))));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)!.errors![0].extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await h.em().count(ExamAttempt, { examId: CERT_EXAM_ID, officerId: demoOfficerId(2) })).toBe(1);
  });

  it('refuses answers from another officer with FORBIDDEN', async () => {
    const attempt = await h.em().findOneOrFail(ExamAttempt, { examId: CERT_EXAM_ID, officerId: demoOfficerId(1) });
    const res = await h.execute(ANSWER, { input: { attemptId: attempt.id, position: 1, selectedLabels: ['A'] } }, me(3));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers with the question exactly as the attempt shows it afterwards', async () => {
    const id = await start(PRACTICE_EXAM_ID, 8);
    const FULL = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { position type stem options { label text } selectedLabels answerText answered } } }`;
    type Shown = Q & { selectedLabels: string[]; answerText: string | null; answered: boolean };
    const before = (await h.execute<{ examAttempt: { questions: Shown[] } }>(EVERYTHING, { id }, me(8))).data!.examAttempt.questions;
    const answers = before.map((q) =>
      q.type === 'SHORT_ANSWER' || q.type === 'CASE_ANALYSIS'
        ? { attemptId: id, position: q.position, text: '责令改正，依法处理' }
        : { attemptId: id, position: q.position, selectedLabels: q.type === 'MULTIPLE_CHOICE' ? ['B', 'A'] : ['B'] },
    );
    const returned = [];
    for (const input of answers) {
      const res = await h.execute<{ answerQuestion: { question: Shown } }>(FULL, { input }, me(8));
      expect(res.errors).toBeUndefined();
      returned.push(res.data!.answerQuestion.question);
    }
    const after = (await h.execute<{ examAttempt: { questions: Shown[] } }>(EVERYTHING, { id }, me(8))).data!.examAttempt.questions;
    expect(returned).toEqual(after);
    expect(after.every((q) => q.answered)).toBe(true);
    expect(after.filter((q) => q.type === 'MULTIPLE_CHOICE').map((q) => q.selectedLabels)).toContainEqual(['A', 'B']);
  });

  it('grades the fixed practice paper and shows the score but keeps the key while attempts remain', async () => {
    const id = await start(PRACTICE_EXAM_ID, 4);
    const paper = await h.execute<{ examAttempt: { questions: Q[] } }>(EVERYTHING, { id }, me(4));
    for (const q of paper.data!.examAttempt.questions) {
      const input =
        q.type === 'SHORT_ANSWER'
          ? { attemptId: id, position: q.position, text: '初次违法，危害后果轻微，及时改正' }
          : { attemptId: id, position: q.position, selectedLabels: ['A'] };
      const res = await h.execute(ANSWER, { input }, me(4));
      expect(res.errors).toBeUndefined();
    }
    const sub = await h.execute<{ submitExamAttempt: { attempt: { status: string; scorePercent: number } } }>(SUBMIT, { input: { attemptId: id } }, me(4));
    expect(sub.data!.submitExamAttempt.attempt).toMatchObject({ status: 'GRADED', expired: false });
    type R = {
      examAttempt: { review: { scorePercent: number; items: { score: number | null; explanation: string | null; options: { correct: boolean | null }[] }[] } };
    };
    const review = await h.execute<R>(REVIEW, { id }, me(4));
    expect(review.errors).toBeUndefined();
    const items = review.data!.examAttempt.review.items;
    expect(items).toHaveLength(10);
    expect(items.every((i) => i.score === null && i.explanation === null && i.options.every((o) => o.correct === null))).toBe(true);
    expect(sub.data!.submitExamAttempt.attempt.scorePercent).toBe(review.data!.examAttempt.review.scorePercent);
    const trainer = await h.execute<R>(REVIEW, { id }, actors.trainer());
    const mean = trainer.data!.examAttempt.review.items.reduce((s, i) => s + i.score!, 0) / 10;
    expect(trainer.data!.examAttempt.review.scorePercent).toBeCloseTo(mean * 100, 1);
    expect(trainer.data!.examAttempt.review.items.every((i) => i.explanation!.length > 0)).toBe(true);
  });

  it('keeps a graded attempt unchanged when a question is revised', async () => {
    const attempt = await h.em().findOneOrFail(ExamAttempt, { examId: PRACTICE_EXAM_ID, officerId: demoOfficerId(4), attemptNo: 2 });
    const before = await h.execute<{ examAttempt: { review: unknown } }>(REVIEW, { id: attempt.id }, me(4));
    const revise = await h.execute(
      `mutation($input: ReviseQuestionInput!) { reviseQuestion(input: $input) { version { version } } }`,
      {
        input: {
          questionId: questionSeedId('721-0'),
          content: {
            stem: '修订后：721工作法中约70%的问题用什么方式解决？',
            options: [
              { text: '执法', correct: true },
              { text: '服务', correct: false },
            ],
            explanation: '故意改错的修订',
          },
        },
      },
      actors.trainer(),
    );
    expect(revise.data).toEqual({ reviseQuestion: { version: { version: 2 } } });
    const after = await h.execute<{ examAttempt: { review: unknown } }>(REVIEW, { id: attempt.id }, me(4));
    expect(after.data).toEqual(before.data);
    expect((await h.em().findOneOrFail(Question, { id: questionSeedId('721-0') })).currentVersion).toBe(2);
  });

  it('refuses answers after the deadline and grades the attempt as submitted at the deadline', async () => {
    const id = await start(PRACTICE_EXAM_ID, 5);
    await h.execute(ANSWER, { input: { attemptId: id, position: 1, selectedLabels: ['A'] } }, me(5));
    const deadline = new Date(Date.now() - 60_000);
    await h.em().nativeUpdate(ExamAttempt, { id }, { deadline });
    const res = await h.execute(ANSWER, { input: { attemptId: id, position: 2, selectedLabels: ['A'] } }, me(5));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.attemptId' });
    const stored = await h.em().findOneOrFail(ExamAttempt, { id });
    expect(stored).toMatchObject({ status: 'GRADED', expired: true });
    expect(stored.submittedAt!.getTime()).toBe(deadline.getTime());
    const items = await h.em().find(AttemptItem, { attemptId: id, answeredAt: { $ne: null } });
    expect(items.map((i) => i.position)).toEqual([1]);
  });

  it('draws unseen questions first on a second random attempt', async () => {
    const first = await h.em().findOneOrFail(ExamAttempt, { examId: CERT_EXAM_ID, officerId: demoOfficerId(1) });
    await h.execute(SUBMIT, { input: { attemptId: first.id } }, me(1));
    const secondId = await start(CERT_EXAM_ID, 1);
    const topicOf = async (attemptId: string) => {
      const items = await h.em().find(AttemptItem, { attemptId });
      const qs = await h.em().find(Question, { id: { $in: items.map((i) => i.questionId) }, topic: '简易程序' });
      return qs.map((q) => q.id);
    };
    const a = await topicOf(first.id);
    const b = await topicOf(secondId);
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(3);
    expect(b.filter((id) => a.includes(id))).toEqual([]);
  });

  it('reports item difficulty and discrimination to trainers', async () => {
    const res = await h.execute<{ examItemStatistics: { responses: number; difficulty: number; discrimination: number | null }[] }>(
      `query($id: ID!) { examItemStatistics(examId: $id) { questionVersionId stem responses difficulty discrimination } }`,
      { id: PRACTICE_EXAM_ID },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    const stats = res.data!.examItemStatistics;
    expect(stats.length).toBeGreaterThanOrEqual(10);
    for (const s of stats.filter((x) => x.responses >= 36)) {
      expect(s.difficulty).toBeGreaterThanOrEqual(0);
      expect(s.difficulty).toBeLessThanOrEqual(1);
      expect(s.discrimination).not.toBeNull();
    }
    const officer = await h.execute(`query($id: ID!) { examItemStatistics(examId: $id) { difficulty } }`, { id: PRACTICE_EXAM_ID }, me(1));
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
