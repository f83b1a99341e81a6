import { demoOfficerId } from '../../kernel/demo/demo-roster';
import {
  AnswerChoiceQuestionDocument,
  AttemptPaperDocument,
  AttemptScoreHistoryDocument,
  CreateExamDocument,
  CreateQuestionDocument,
  OfficerCertificationRecordDocument,
  RegradeExamAttemptsDocument,
  ReviseQuestionDocument,
  StartExamAttemptDocument,
  SubmitExamAttemptDocument,
} from '../__generated__/graphql';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const day = 86_400_000;
const officer = demoOfficerId(25); // a new hire without a certification in the demo data
const options = (correct: '五日' | '七日') => ['五日', '七日', '十日'].map((text) => ({ text, correct: text === correct }));
const stem = '当事人申请听证的，应当在行政机关告知后几日内提出？';

/** A certification question with a wrong key fails an officer who answered right; the fix and a regrade certify them. */
describe('regrading after a question is fixed, through the gateway (issue 10)', () => {
  let stack: Stack;
  let trainer: string;
  let me: string;
  let examId: string;
  let questionId: string;
  let attemptId: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-regrade-e2e');
    me = await tokenFor('OFFICER', officer);
    const question = await execute(
      stack.gatewayUrl,
      CreateQuestionDocument,
      {
        input: {
          type: 'SINGLE_CHOICE',
          topic: '听证程序',
          difficulty: 'EASY',
          content: { stem, options: options('七日'), keywords: [], explanation: '《行政处罚法》第六十四条：五日内提出。' },
        },
      },
      { token: trainer },
    );
    questionId = question.data!.createQuestion.question.id;
    const exam = await execute(
      stack.gatewayUrl,
      CreateExamDocument,
      {
        input: {
          code: 'REGRADE-E2E',
          title: '听证程序认证',
          kind: 'CERTIFICATION',
          mode: 'FIXED',
          questionIds: [questionId],
          timeLimitMinutes: 30,
          passMarkPercent: 60,
          maxAttempts: 1,
          countingPolicy: 'HIGHEST',
          availableFrom: new Date(Date.now() - day).toISOString(),
          availableUntil: new Date(Date.now() + day).toISOString(),
        },
      },
      { token: trainer },
    );
    examId = exam.data!.createExam.exam.id;
    attemptId = (await execute(stack.gatewayUrl, StartExamAttemptDocument, { examId }, { token: me })).data!.startExamAttempt.attempt.id;
    const paper = await execute(stack.gatewayUrl, AttemptPaperDocument, { id: attemptId }, { token: me });
    const label = paper.data!.examAttempt.questions[0].options.find((o) => o.text === '五日')!.label;
    await execute(stack.gatewayUrl, AnswerChoiceQuestionDocument, { attemptId, position: 1, labels: [label] }, { token: me });
  });
  afterAll(() => stack.stop());

  it('fails the right answer against the wrong key', async () => {
    const submitted = await execute(stack.gatewayUrl, SubmitExamAttemptDocument, { attemptId }, { token: me });
    expect(submitted.data!.submitExamAttempt.attempt).toEqual({ status: 'GRADED', scorePercent: 0, passed: false });
  });

  it('refuses an officer and a blank reason, changing nothing', async () => {
    await execute(
      stack.gatewayUrl,
      ReviseQuestionDocument,
      {
        input: {
          questionId,
          content: { stem, options: options('五日'), keywords: [], explanation: '《行政处罚法》第六十四条：五日内提出。' },
        },
      },
      { token: trainer },
    );
    const byOfficer = await execute(stack.gatewayUrl, RegradeExamAttemptsDocument, { input: { examId, questionId, reason: '答案有误' } }, { token: me });
    expect(byOfficer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const blank = await execute(stack.gatewayUrl, RegradeExamAttemptsDocument, { input: { examId, questionId, reason: '  ' } }, { token: trainer });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const attempt = await execute(stack.gatewayUrl, AttemptScoreHistoryDocument, { id: attemptId }, { token: me });
    expect(attempt.data!.examAttempt).toEqual({ scorePercent: 0, passed: false, scoreHistory: [] });
  });

  it('regrades against the fixed key: score, pass and certificate follow, and the attempt keeps the change', async () => {
    const reason = '答案键有误：应为五日（第六十四条）';
    const regraded = await execute(stack.gatewayUrl, RegradeExamAttemptsDocument, { input: { examId, questionId, reason } }, { token: trainer });
    expect(regraded.data!.regradeExamAttempts).toEqual({ scoreChanged: 1, attempts: [{ id: attemptId, status: 'GRADED', scorePercent: 100, passed: true }] });
    const attempt = await execute(stack.gatewayUrl, AttemptScoreHistoryDocument, { id: attemptId }, { token: me });
    expect(attempt.data!.examAttempt).toEqual({
      scorePercent: 100,
      passed: true,
      scoreHistory: [
        {
          changedBy: 'trainer-regrade-e2e',
          oldScorePercent: 0,
          newScorePercent: 100,
          oldPassed: false,
          newPassed: true,
          fromVersion: 1,
          toVersion: 2,
          reason,
        },
      ],
    });
    const record = await execute(stack.gatewayUrl, OfficerCertificationRecordDocument, { id: officer }, { token: me });
    expect(record.data!.officer.certificationHistory).toEqual([{ kind: 'GRANTED', reason: '通过REGRADE-E2E认证考试' }]);
  });

  it('is idempotent: a second regrade finds nothing to do', async () => {
    const again = await execute(stack.gatewayUrl, RegradeExamAttemptsDocument, { input: { examId, questionId, reason: '再次重评' } }, { token: trainer });
    expect(again.data!.regradeExamAttempts).toEqual({ scoreChanged: 0, attempts: [] });
    const attempt = await execute(stack.gatewayUrl, AttemptScoreHistoryDocument, { id: attemptId }, { token: trainer });
    expect(attempt.data!.examAttempt.scoreHistory).toHaveLength(1);
    const record = await execute(stack.gatewayUrl, OfficerCertificationRecordDocument, { id: officer }, { token: me });
    expect(record.data!.officer.certificationHistory).toHaveLength(1);
  });

  it('follows a later correction the other way: the attempt fails again and its certificate is suspended', async () => {
    await execute(
      stack.gatewayUrl,
      ReviseQuestionDocument,
      {
        input: {
          questionId,
          content: { stem, options: options('七日'), keywords: [], explanation: '（错误修订）' },
        },
      },
      { token: trainer },
    );
    const regraded = await execute(
      stack.gatewayUrl,
      RegradeExamAttemptsDocument,
      { input: { examId, questionId, reason: '撤回：按第三版答案' } },
      { token: trainer },
    );
    expect(regraded.data!.regradeExamAttempts).toEqual({ scoreChanged: 1, attempts: [{ id: attemptId, status: 'GRADED', scorePercent: 0, passed: false }] });
    const attempt = await execute(stack.gatewayUrl, AttemptScoreHistoryDocument, { id: attemptId }, { token: trainer });
    expect(attempt.data!.examAttempt.scoreHistory.map((c) => [c.oldScorePercent, c.newScorePercent, c.fromVersion, c.toVersion])).toEqual([
      [0, 100, 1, 2],
      [100, 0, 2, 3],
    ]);
    const record = await execute(stack.gatewayUrl, OfficerCertificationRecordDocument, { id: officer }, { token: me });
    expect(record.data!.officer.certificationHistory).toEqual([
      { kind: 'GRANTED', reason: '通过REGRADE-E2E认证考试' },
      { kind: 'SUSPENDED', reason: '重新评分未通过REGRADE-E2E：撤回：按第三版答案' },
    ]);
  });
});
