import { demoOfficerId } from '../../kernel/demo/demo-roster';
import {
  AnswerCaseQuestionDocument,
  CaseAnalysisGradingQueueDocument,
  CreateExamDocument,
  CreateQuestionDocument,
  ExamAttemptReviewDocument,
  GradeCaseAnswerDocument,
  OfficerCertificationRecordDocument,
  StartExamAttemptDocument,
  SubmitExamAttemptDocument,
} from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const day = 86_400_000;
const officer = demoOfficerId(25); // a new hire without a certification in the demo data

/** A certification exam with a case analysis: the officer's score and certificate wait for a second trainer's grade. */
describe('case-analysis questions graded by hand through the gateway (issue 10)', () => {
  let stack: Stack;
  let author: string;
  let grader: string;
  let me: string;
  let examId: string;
  let attemptId: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    author = await tokenFor('TRAINER', 'trainer-author-e2e');
    grader = await tokenFor('TRAINER', 'trainer-grader-e2e');
    me = await tokenFor('OFFICER', officer);
  });
  afterAll(() => stack.stop());

  it('keeps the submitted attempt AWAITING_GRADING without a score', async () => {
    const question = await execute(
      stack.gatewayUrl,
      CreateQuestionDocument,
      {
        input: {
          type: 'CASE_ANALYSIS',
          topic: '暴力抗法',
          difficulty: 'HARD',
          content: {
            stem: '执法中当事人持械威胁队员并阻挠暂扣，请分析现场应如何处置及后续程序。',
            keywords: ['保持安全距离，避免正面冲突', '执法记录仪全程记录', '报请公安机关依法处理', '事后固定证据并报告'],
            explanation: '以人身安全为先，全程记录，依法移送公安机关处理妨害公务行为。',
          },
        },
      },
      { token: author },
    );
    expect(question.errors).toBeUndefined();
    const exam = await execute(
      stack.gatewayUrl,
      CreateExamDocument,
      {
        input: {
          code: 'CASE-E2E',
          title: '案例分析认证（现场处置）',
          kind: 'CERTIFICATION',
          mode: 'FIXED',
          questionIds: [question.data!.createQuestion.question.id],
          timeLimitMinutes: 30,
          passMarkPercent: 60,
          maxAttempts: 1,
          countingPolicy: 'HIGHEST',
          availableFrom: new Date(Date.now() - day).toISOString(),
          availableUntil: new Date(Date.now() + day).toISOString(),
        },
      },
      { token: author },
    );
    examId = exam.data!.createExam.exam.id;
    attemptId = (await execute(stack.gatewayUrl, StartExamAttemptDocument, { examId }, { token: me })).data!.startExamAttempt.attempt.id;
    const answered = await execute(
      stack.gatewayUrl,
      AnswerCaseQuestionDocument,
      { attemptId, position: 1, text: '先后退保持距离并全程录像，呼叫公安到场，事后整理证据上报。' },
      { token: me },
    );
    expect(answered.data!.answerQuestion.question).toEqual({ position: 1, type: 'CASE_ANALYSIS', answered: true });
    const submitted = await execute(stack.gatewayUrl, SubmitExamAttemptDocument, { attemptId }, { token: me });
    expect(submitted.data!.submitExamAttempt.attempt).toEqual({ status: 'AWAITING_GRADING', scorePercent: null, passed: null });
    const review = await execute(stack.gatewayUrl, ExamAttemptReviewDocument, { id: attemptId }, { token: me });
    expect(review.errors?.map((e) => e.extensions?.code)).toContain('CONFLICT');
  });

  it('lets a trainer other than the author grade it from the queue; the score and the certificate follow', async () => {
    const queue = await execute(stack.gatewayUrl, CaseAnalysisGradingQueueDocument, { examId }, { token: grader });
    expect(queue.data!.caseAnalysisGradingQueue.edges.map((e) => [e.node.id, e.node.officer.id])).toEqual([[attemptId, officer]]);
    const input = { attemptId, position: 1, score: 0.8, comment: '处置要点齐全，移送程序表述不够具体' };
    const byAuthor = await execute(stack.gatewayUrl, GradeCaseAnswerDocument, { input }, { token: author });
    expect(byAuthor.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const graded = await execute(stack.gatewayUrl, GradeCaseAnswerDocument, { input }, { token: grader });
    expect(graded.data!.gradeCaseAnswer).toEqual({ remaining: 0, attempt: { status: 'GRADED', scorePercent: 80, passed: true } });

    const record = await execute(stack.gatewayUrl, OfficerCertificationRecordDocument, { id: officer }, { token: me });
    expect(record.errors).toBeUndefined();
    expect(record.data!.officer.name).toEqual(expect.any(String));
    expect(record.data!.officer.certificationHistory).toEqual([{ kind: 'GRANTED', reason: '通过CASE-E2E认证考试' }]);
    const after = await execute(stack.gatewayUrl, CaseAnalysisGradingQueueDocument, { examId }, { token: grader });
    expect(after.data!.caseAnalysisGradingQueue.totalCount).toBe(0);
  });
});
