import { demoOfficerId } from '../../kernel/demo/demo-roster';
import {
  AnswerChoiceQuestionDocument,
  AttemptPaperDocument,
  AttemptScoreHistoryDocument,
  CreateExamDocument,
  CreateQuestionDocument,
  OfficerCertificationRecordDocument,
  RegradeExamDocument,
  ReviseQuestionDocument,
  StartExamAttemptDocument,
  SubmitExamAttemptDocument,
} from '../__generated__/graphql';
import { execute, executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const day = 86_400_000;
/** Demo officers 25 and 7, the new hires: no certification in the demo data. */
const [ALL_RIGHT, HALF_RIGHT] = [demoOfficerId(25), demoOfficerId(7)];
const Q1 = { stem: '当事人申请听证的，应当在行政机关告知后几日内提出？', texts: ['五日', '七日', '十日'], truth: '五日', wrongKey: '七日' };
const Q2 = {
  stem: '首违不罚须同时满足哪一条件？',
  texts: ['危害后果轻微并及时改正', '当事人主动认错', '当场缴纳罚款'],
  truth: '危害后果轻微并及时改正',
  wrongKey: '当事人主动认错',
};
type Q = typeof Q1;
const content = (q: Q, key: string) => ({
  stem: q.stem,
  options: q.texts.map((text) => ({ text, correct: text === key })),
  keywords: [],
  explanation: '《行政处罚法》',
});

/**
 * 整卷重新评分 (issue 10): a certification paper of two questions with wrong keys; both are fixed and one call
 * regrades every affected attempt, each question a line of the attempt's history. The certificate follows: issued on
 * the new pass, suspended when a wrong revision fails the attempt again, and reinstated when the next fix passes it.
 */
describe('regradeExam: every fixed question of an exam in one call, through the gateway', () => {
  let stack: Stack;
  let trainer: string;
  let examId: string;
  const questionIds: string[] = [];
  const attempts: Record<string, string> = {};
  const tokens: Record<string, string> = {};

  const revise = async (q: Q, key: string, index: number) => {
    const res = await execute(
      stack.gatewayUrl,
      ReviseQuestionDocument,
      { input: { questionId: questionIds[index], content: content(q, key) } },
      { token: trainer },
    );
    expect(res.errors).toBeUndefined();
  };
  const regrade = (reason: string, token = trainer, id = examId) =>
    execute(stack.gatewayUrl, RegradeExamDocument, { input: { examId: id, reason } }, { token });
  const history = async (officer: string) =>
    (await execute(stack.gatewayUrl, AttemptScoreHistoryDocument, { id: attempts[officer] }, { token: trainer })).data!.examAttempt;
  const certificate = async (officer: string) =>
    (await execute(stack.gatewayUrl, OfficerCertificationRecordDocument, { id: officer }, { token: trainer })).data!.officer.certificationHistory!.map(
      (e) => e.kind,
    );

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    trainer = await tokenFor('TRAINER', 'trainer-regrade-exam-e2e');
    for (const q of [Q1, Q2]) {
      const created = await execute(
        stack.gatewayUrl,
        CreateQuestionDocument,
        { input: { type: 'SINGLE_CHOICE', topic: '听证程序', difficulty: 'EASY', content: content(q, q.wrongKey) } },
        { token: trainer },
      );
      questionIds.push(created.data!.createQuestion.question.id);
    }
    const window = { availableFrom: new Date(Date.now() - day).toISOString(), availableUntil: new Date(Date.now() + day).toISOString() };
    const exam = await execute(
      stack.gatewayUrl,
      CreateExamDocument,
      {
        input: {
          code: 'REGRADE-EXAM-E2E',
          title: '听证与首违不罚认证',
          kind: 'CERTIFICATION',
          mode: 'FIXED',
          questionIds,
          timeLimitMinutes: 30,
          passMarkPercent: 60,
          maxAttempts: 1,
          countingPolicy: 'HIGHEST',
          ...window,
        },
      },
      { token: trainer },
    );
    examId = exam.data!.createExam.exam.id;
    // ALL_RIGHT answers both questions right; HALF_RIGHT answers Q1 right and Q2 as the wrong key says
    for (const [officer, answers] of [
      [ALL_RIGHT, [Q1.truth, Q2.truth]],
      [HALF_RIGHT, [Q1.truth, Q2.wrongKey]],
    ] as const) {
      const token = (tokens[officer] = await tokenFor('OFFICER', officer));
      const attemptId = (attempts[officer] = (
        await execute(stack.gatewayUrl, StartExamAttemptDocument, { examId }, { token })
      ).data!.startExamAttempt.attempt.id);
      const paper = await execute(stack.gatewayUrl, AttemptPaperDocument, { id: attemptId }, { token });
      for (const [i, question] of paper.data!.examAttempt.questions.entries()) {
        const label = question.options.find((o) => answers.includes(o.text as never))!.label;
        await execute(stack.gatewayUrl, AnswerChoiceQuestionDocument, { attemptId, position: i + 1, labels: [label] }, { token });
      }
      await execute(stack.gatewayUrl, SubmitExamAttemptDocument, { attemptId }, { token });
    }
  });
  afterAll(() => stack.stop());

  it('grades both attempts against the wrong keys first: 0 % and 50 %, no certificate', async () => {
    expect(await history(ALL_RIGHT)).toEqual({ scorePercent: 0, passed: false, scoreHistory: [] });
    expect(await history(HALF_RIGHT)).toMatchObject({ scorePercent: 50, passed: false });
    expect(await certificate(ALL_RIGHT)).toEqual([]);
  });

  it('refuses an officer (FORBIDDEN) and an unknown exam (NOT_FOUND on input.examId), changing nothing', async () => {
    await revise(Q1, Q1.truth, 0);
    await revise(Q2, Q2.truth, 1);
    const byOfficer = await regrade('答案键有误', tokens[ALL_RIGHT]);
    expect(byOfficer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await regrade('答案键有误', trainer, '00000000-0000-4000-8000-00000000e10e');
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.examId' });
    expect(await history(ALL_RIGHT)).toEqual({ scorePercent: 0, passed: false, scoreHistory: [] });
    expect(await certificate(ALL_RIGHT)).toEqual([]);
  });

  it('regrades every affected attempt against both fixed questions in one call, one history entry per question', async () => {
    const res = await regrade('两题答案键有误，按修订版重评');
    expect(res.errors).toBeUndefined();
    expect(res.data!.regradeExam).toEqual({
      scoreChanged: 1,
      questionIds: [...questionIds].sort(),
      attempts: [attempts[ALL_RIGHT], attempts[HALF_RIGHT]].sort().map((id) => expect.objectContaining({ id })),
    });
    const all = await history(ALL_RIGHT);
    expect(all).toMatchObject({ scorePercent: 100, passed: true });
    expect(all.scoreHistory.map((c) => [c.oldScorePercent, c.newScorePercent, c.fromVersion, c.toVersion, c.reason])).toEqual([
      [0, 50, 1, 2, '两题答案键有误，按修订版重评'],
      [50, 100, 1, 2, '两题答案键有误，按修订版重评'],
    ]);
    const half = await history(HALF_RIGHT);
    expect(half).toMatchObject({ scorePercent: 50, passed: false });
    expect(half.scoreHistory.map((c) => [c.oldScorePercent, c.newScorePercent])).toEqual([
      [50, 100],
      [100, 50],
    ]);
  });

  it('issues the certificate the regrade earned, and none for an attempt that still fails', async () => {
    expect(await certificate(ALL_RIGHT)).toEqual(['GRANTED']);
    expect(await certificate(HALF_RIGHT)).toEqual([]);
  });

  it('finds nothing to do the second time', async () => {
    const again = await regrade('再次重评');
    expect(again.data!.regradeExam).toEqual({ scoreChanged: 0, questionIds: [], attempts: [] });
    expect((await history(ALL_RIGHT)).scoreHistory).toHaveLength(2);
  });

  it('suspends the certificate when a wrong revision fails the attempt, and reinstates it when the next fix passes it again', async () => {
    await revise(Q1, Q1.wrongKey, 0);
    expect((await regrade('误改答案键')).data!.regradeExam.attempts.find((a) => a.id === attempts[ALL_RIGHT])).toMatchObject({ passed: false });
    expect(await certificate(ALL_RIGHT)).toEqual(['GRANTED', 'SUSPENDED']);
    await revise(Q1, Q1.truth, 0);
    expect((await regrade('撤回误改')).data!.regradeExam.attempts.find((a) => a.id === attempts[ALL_RIGHT])).toMatchObject({ passed: true, scorePercent: 100 });
    expect(await certificate(ALL_RIGHT)).toEqual(['GRANTED', 'SUSPENDED', 'REINSTATED']);
    const record = await execute(stack.gatewayUrl, OfficerCertificationRecordDocument, { id: ALL_RIGHT }, { token: tokens[ALL_RIGHT] });
    expect(record.data!.officer.certificationHistory!.at(-1)!.reason).toBe('重新评分通过REGRADE-EXAM-E2E，恢复资格：撤回误改');
    expect(await certificate(HALF_RIGHT)).toEqual([]);
  });

  it('refuses the whole call with CONFLICT when one revision changed the options shown, leaving the other question ungraded too', async () => {
    await revise(Q1, Q1.wrongKey, 0);
    const fourOptions = { ...content(Q2, Q2.truth), options: [...content(Q2, Q2.truth).options, { text: '经批准', correct: false }] };
    await execute(stack.gatewayUrl, ReviseQuestionDocument, { input: { questionId: questionIds[1], content: fourOptions } }, { token: trainer });
    const refused = await regrade('第二题增加了选项');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.examId', questionId: questionIds[1] });
    const all = await history(ALL_RIGHT);
    expect(all).toMatchObject({ scorePercent: 100, passed: true });
    expect(all.scoreHistory).toHaveLength(4);
    expect(await certificate(ALL_RIGHT)).toEqual(['GRANTED', 'SUSPENDED', 'REINSTATED']);
  });

  it('does not lift a suspension a trainer confirmed after the regrade suspended the certificate', async () => {
    await revise(Q2, Q2.truth, 1); // three options again: Q2 regrades, Q1 (wrong key) fails the attempt
    expect((await regrade('第二题恢复三个选项')).data!.regradeExam.attempts.find((a) => a.id === attempts[ALL_RIGHT])).toMatchObject({ passed: false });
    const correct = `mutation($input: CorrectCertificationInput!) { correctCertification(input: $input) { certification { suspended } } }`;
    const confirmed = await executeRaw(
      stack.gatewayUrl,
      correct,
      { input: { officerId: ALL_RIGHT, suspended: true, expiresOn: '2027-06-30', reason: '培训科复核：维持暂停' } },
      { authorization: `Bearer ${trainer}` },
    );
    expect(confirmed.errors).toBeUndefined();
    await revise(Q1, Q1.truth, 0);
    expect((await regrade('第一题再次修正')).data!.regradeExam.attempts.find((a) => a.id === attempts[ALL_RIGHT])).toMatchObject({ passed: true });
    expect(await certificate(ALL_RIGHT)).toEqual(['GRANTED', 'SUSPENDED', 'REINSTATED', 'SUSPENDED', 'EXPIRY_CHANGED']);
  });
});
