import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { ExamAttempt } from '../../subgraphs/training/attempt/exam-attempt.entity';
import { CERT_EXAM_ID, questionSeedId } from '../../subgraphs/training/seed/seed-exams';
import {
  AmendLawArticleDocument,
  CreateExamDocument,
  CreateQuestionDocument,
  ExamAttemptReviewDocument,
  ExamReadinessDocument,
  LawArticlesDocument,
  StartExamAttemptDocument,
  SubmitExamAttemptDocument,
} from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const day = 86_400_000;

/** Issue 10: the three faults, tried through the gateway as a trainer and an officer would. */
describe('exam integrity through the gateway (issue 10)', () => {
  let stack: Stack;
  let trainer: string;
  let officer: string;
  let art33: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-issue-10');
    officer = await tokenFor('OFFICER', demoOfficerId(30));
    const articles = await execute(stack.gatewayUrl, LawArticlesDocument, { first: 50 }, { token: trainer });
    art33 = articles.data!.lawArticles.edges.map((e) => e.node).find((a) => a.article === '第三十三条' && a.status === 'CURRENT')!.id;
  });
  afterAll(() => stack.stop());

  it('fault 1: a blank attempt of a 3-attempt fixed certification exam reveals the score but no part of the key', async () => {
    const created = await execute(
      stack.gatewayUrl,
      CreateExamDocument,
      {
        input: {
          code: 'E2E-FIXED-3',
          title: '固定试卷三次机会',
          kind: 'CERTIFICATION',
          mode: 'FIXED',
          questionIds: ['721-1', 'simple-0', 'short-0'].map(questionSeedId),
          timeLimitMinutes: 10,
          passMarkPercent: 60,
          maxAttempts: 3,
          countingPolicy: 'HIGHEST',
          availableFrom: new Date(Date.now() - day).toISOString(),
          availableUntil: new Date(Date.now() + day).toISOString(),
        },
      },
      { token: trainer },
    );
    expect(created.errors).toBeUndefined();
    const examId = created.data!.createExam.exam.id;
    const started = await execute(stack.gatewayUrl, StartExamAttemptDocument, { examId }, { token: officer });
    const attemptId = started.data!.startExamAttempt.attempt.id;
    const submitted = await execute(stack.gatewayUrl, SubmitExamAttemptDocument, { attemptId }, { token: officer });
    expect(submitted.data!.submitExamAttempt.attempt).toEqual({ status: 'GRADED', scorePercent: 0, passed: false });
    const seen = await execute(stack.gatewayUrl, ExamAttemptReviewDocument, { id: attemptId }, { token: officer });
    expect(seen.errors).toBeUndefined();
    const review = seen.data!.examAttempt.review;
    expect(review.shown).toEqual({ score: true, correctness: false, correctAnswers: false, explanations: false });
    expect(review.items.every((i) => i.score === null && i.explanation === null && i.keywords === null && i.options.every((o) => o.correct === null))).toBe(
      true,
    );
  });

  it('fault 2: a new question cites the catalogue by id, and amending the article flags it; fault 3: the trainer is told which exam broke', async () => {
    const question = await execute(
      stack.gatewayUrl,
      CreateQuestionDocument,
      {
        input: {
          type: 'TRUE_FALSE',
          topic: '首违不罚',
          difficulty: 'MEDIUM',
          lawArticleId: art33,
          content: { stem: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚。', trueFalseAnswer: true, explanation: '《行政处罚法》第三十三条。' },
        },
      },
      { token: trainer },
    );
    expect(question.data!.createQuestion.version.lawArticleId).toBe(art33);
    const amended = await execute(
      stack.gatewayUrl,
      AmendLawArticleDocument,
      {
        input: {
          lawArticleId: art33,
          newVersionLabel: '2026年修订',
          effectiveOn: '2026-10-01',
          summary: '首违不罚适用条件调整（演示）',
        },
      },
      { token: trainer },
    );
    expect(amended.errors).toBeUndefined();
    expect(amended.data!.amendLawArticle.flagged.map((q) => q.id)).toContain(question.data!.createQuestion.question.id);
    expect(amended.data!.amendLawArticle.examsUnableToDraw.map((e) => e.code)).toEqual(['CERT-2026']);
    const readiness = await execute(stack.gatewayUrl, ExamReadinessDocument, { id: CERT_EXAM_ID }, { token: trainer });
    expect(readiness.data!.exam.readiness).toMatchObject({ ready: false, shortfalls: [{ topic: '首违不罚', difficulty: 'MEDIUM', needed: 4 }] });
  });

  it('fault 3: an officer starting the broken exam is told in plain words and keeps every attempt', async () => {
    const res = await execute(stack.gatewayUrl, StartExamAttemptDocument, { examId: CERT_EXAM_ID }, { token: officer });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(res.errors![0].message).toContain('本场考试暂时无法开始');
    expect(res.errors![0].message).toContain('本次没有占用作答次数');
    const attempts = await stack.servers.training.orm.em.fork().count(ExamAttempt, { examId: CERT_EXAM_ID, officerId: demoOfficerId(30) });
    expect(attempts).toBe(0);
  });
});
