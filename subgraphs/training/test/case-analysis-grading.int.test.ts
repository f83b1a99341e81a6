import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { Certification } from '../certification/certification.entity';
import { questionSeedId } from '../seed/seed-exams';
import { training } from '..';

const CREATE_Q = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { question { id } } }`;
const CREATE_EXAM = `mutation($input: CreateExamInput!) { createExam(input: $input) { exam { id } } }`;
const START = `mutation($id: ID!) { startExamAttempt(input: { examId: $id }) { attempt { id questions { position type } } } }`;
const ANSWER = `mutation($input: AnswerQuestionInput!) { answerQuestion(input: $input) { question { answered } } }`;
const SUBMIT = `mutation($id: ID!) { submitExamAttempt(input: { attemptId: $id }) { attempt { status scorePercent passed } } }`;
const QUEUE = `query($examId: ID) { caseAnalysisGradingQueue(first: 10, examId: $examId) { totalCount edges { node { id status } } } }`;
const REVIEW = `query($id: ID!) { examAttempt(id: $id) { status scorePercent review { items { position type answerText keywords score graderComment } } } }`;
const GRADE = `mutation($input: GradeCaseAnswerInput!) { gradeCaseAnswer(input: $input) { remaining attempt { status scorePercent passed } } }`;
const day = 86_400_000;
const author = actors.trainer('trainer-author');
const grader = actors.trainer('trainer-grader');
const officer = demoOfficerId(7); // not certified in the demo data
const me = actors.officer(officer);

describe('case-analysis questions graded by hand (issue 10)', () => {
  let h: SubgraphHarness;
  let attemptId: string;
  let casePosition: number;
  let examId: string;

  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
    const q = await h.execute<{ createQuestion: { question: { id: string } } }>(
      CREATE_Q,
      {
        input: {
          type: 'CASE_ANALYSIS',
          topic: '首违不罚',
          difficulty: 'HARD',
          content: {
            stem: '某流动摊贩首次在校门口占道经营，经劝导当场改正。请分析执法队员应如何处置，并说明法律依据。',
            keywords: ['认定首次违法且危害后果轻微', '及时改正', '引用《行政处罚法》第三十三条不予处罚', '教育引导至便民疏导点'],
            explanation: '符合首违不罚条件：初次违法、危害后果轻微并及时改正，可以不予行政处罚，但应当进行教育。',
          },
        },
      },
      author,
    );
    expect(q.errors).toBeUndefined();
    const exam = await h.execute<{ createExam: { exam: { id: string } } }>(
      CREATE_EXAM,
      {
        input: {
          code: 'CASE-01',
          title: '案例分析认证考试',
          kind: 'CERTIFICATION',
          mode: 'FIXED',
          questionIds: [q.data!.createQuestion.question.id, questionSeedId('721-1')],
          timeLimitMinutes: 30,
          passMarkPercent: 50,
          maxAttempts: 1,
          countingPolicy: 'HIGHEST',
          availableFrom: new Date(Date.now() - day).toISOString(),
          availableUntil: new Date(Date.now() + day).toISOString(),
        },
      },
      author,
    );
    expect(exam.errors).toBeUndefined();
    examId = exam.data!.createExam.exam.id;
    const started = await h.execute<{ startExamAttempt: { attempt: { id: string; questions: { position: number; type: string }[] } } }>(
      START,
      { id: examId },
      me,
    );
    attemptId = started.data!.startExamAttempt.attempt.id;
    casePosition = started.data!.startExamAttempt.attempt.questions.find((x) => x.type === 'CASE_ANALYSIS')!.position;
    const answered = await h.execute(
      ANSWER,
      { input: { attemptId, position: casePosition, text: '属于首次违法且当场改正，依据行政处罚法第三十三条不予处罚，并引导至便民点经营。' } },
      me,
    );
    expect(answered.errors).toBeUndefined();
  });
  afterAll(() => h.stop());

  it('keeps the submitted attempt waiting for a trainer, with no score, no review and no certification', async () => {
    const res = await h.execute(SUBMIT, { id: attemptId }, me);
    expect(res.data).toEqual({ submitExamAttempt: { attempt: { status: 'AWAITING_GRADING', scorePercent: null, passed: null } } });
    const review = await h.execute(REVIEW, { id: attemptId }, me);
    expect(review.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await h.em().count(Certification, { officerId: officer })).toBe(0);
    const notes = await h.execute<{ myTrainingNotifications: { items: { kind: string }[] } }>(`{ myTrainingNotifications { items { kind } } }`, {}, me);
    expect(notes.data!.myTrainingNotifications.items.map((n) => n.kind)).not.toContain('EXAM_GRADED');
  });

  it('puts it in the trainers’ grading queue, where the trainer reads the answer against the rubric', async () => {
    const queue = await h.execute(QUEUE, { examId }, grader);
    expect(queue.data).toEqual({ caseAnalysisGradingQueue: { totalCount: 1, edges: [{ node: { id: attemptId, status: 'AWAITING_GRADING' } }] } });
    const review = await h.execute<{
      examAttempt: { review: { items: { position: number; answerText: string | null; keywords: string[] | null; score: number | null }[] } };
    }>(REVIEW, { id: attemptId }, grader);
    const item = review.data!.examAttempt.review.items.find((i) => i.position === casePosition)!;
    expect(item).toMatchObject({ answerText: expect.stringContaining('第三十三条'), score: null });
    expect(item.keywords).toHaveLength(4);
    expect((await h.execute(QUEUE, {}, me)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses the question’s author, the candidate and a bad score, and grades nothing', async () => {
    const input = { attemptId, position: casePosition, score: 0.75, comment: '要点基本齐全' };
    expect((await h.execute(GRADE, { input }, author)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.execute(GRADE, { input }, me)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.execute(GRADE, { input: { ...input, score: 1.5 } }, grader)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.score',
    });
    const other = casePosition === 1 ? 2 : 1;
    expect((await h.execute(GRADE, { input: { ...input, position: other } }, grader)).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.position',
    });
    expect(await h.em().count(AttemptItem, { attemptId, gradedAt: { $ne: null } })).toBe(0);
  });

  it('makes the score final with the trainer’s grade, certifies the officer who passed, and shows the comment', async () => {
    const res = await h.execute(GRADE, { input: { attemptId, position: casePosition, score: 1, comment: '处置得当，法条引用准确' } }, grader);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ gradeCaseAnswer: { remaining: 0, attempt: { status: 'GRADED', scorePercent: 50, passed: true } } });
    expect(await h.em().count(Certification, { officerId: officer })).toBe(1);
    const mine = await h.execute<{ examAttempt: { status: string; scorePercent: number | null } }>(REVIEW, { id: attemptId }, me);
    expect(mine.data!.examAttempt).toMatchObject({ status: 'GRADED', scorePercent: 50 });
    const again = await h.execute(GRADE, { input: { attemptId, position: casePosition, score: 0, comment: '改分' } }, actors.trainer('trainer-3'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.position' });
    const trainerView = await h.execute<{ examAttempt: { review: { items: { position: number; score: number; graderComment: string }[] } } }>(
      REVIEW,
      { id: attemptId },
      grader,
    );
    expect(trainerView.data!.examAttempt.review.items.find((i) => i.position === casePosition)).toMatchObject({
      score: 1,
      graderComment: '处置得当，法条引用准确',
    });
  });

  it('tells the officer the attempt is graded', async () => {
    const res = await h.execute<{ myTrainingNotifications: { items: { kind: string; message: string; examAttempt: { id: string } | null }[] } }>(
      `{ myTrainingNotifications { items { kind message examAttempt { id } } } }`,
      {},
      me,
    );
    expect(res.data!.myTrainingNotifications.items.filter((n) => n.kind === 'EXAM_GRADED')).toEqual([
      { kind: 'EXAM_GRADED', message: 'CASE-01《案例分析认证考试》 已评分，可查看成绩', examAttempt: { id: attemptId } },
    ]);
  });
});
