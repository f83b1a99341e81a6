import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { lawArticleSeedId } from '../seed/law-articles.data';
import { LAW } from '../seed/questions.data';
import { buildQuestionSeeds } from '../seed/question-templates';
import { CERT_EXAM_ID, questionSeedId } from '../seed/seed-exams';
import { training } from '..';

const AMEND = `mutation($input: AmendLawArticleInput!) { amendLawArticle(input: $input) { flaggedQuestions flagged { id needsReview } examsUnableToDraw { code } } }`;
const READINESS = `query($id: ID!) { exam(id: $id) { code readiness { ready questionsUnderReview message shortfalls { topic difficulty needed available underReview } } } }`;
const START = `mutation($id: ID!) { startExamAttempt(input: { examId: $id }) { attempt { id } } }`;
const ART33 = lawArticleSeedId({ lawName: LAW, article: '第三十三条', versionLabel: '2021年修订' });
const CITING33 = buildQuestionSeeds()
  .filter((q) => q.lawArticle === `${LAW}第三十三条`)
  .map((q) => questionSeedId(q.key))
  .sort();
type Readiness = {
  exam: { readiness: { ready: boolean; message: string | null; shortfalls: { topic: string; available: number; underReview: number }[] } | null };
};

describe('law-change impact on exams (issue 10 fault 3)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('reports the seeded certification exam ready before any amendment', async () => {
    const res = await h.execute<Readiness>(READINESS, { id: CERT_EXAM_ID }, actors.trainer());
    expect(res.errors).toBeUndefined();
    expect(res.data!.exam.readiness).toEqual({ ready: true, questionsUnderReview: 0, message: null, shortfalls: [] });
  });

  it('refuses readiness to officers with FORBIDDEN', async () => {
    const res = await h.execute<Readiness>(READINESS, { id: CERT_EXAM_ID }, actors.officer(demoOfficerId(1)));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('answers the amending trainer with the flagged questions and the exams that can no longer draw a paper', async () => {
    const res = await h.execute<{
      amendLawArticle: { flaggedQuestions: number; flagged: { id: string; needsReview: boolean }[]; examsUnableToDraw: { code: string }[] };
    }>(
      AMEND,
      { input: { lawArticleId: ART33, newVersionLabel: '2026年修订', effectiveOn: '2026-10-01', summary: '首违不罚适用条件调整（演示）' } },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    const payload = res.data!.amendLawArticle;
    expect(payload.flaggedQuestions).toBe(CITING33.length);
    expect(payload.flagged.map((q) => q.id).sort()).toEqual(CITING33);
    expect(payload.flagged.every((q) => q.needsReview)).toBe(true);
    expect(payload.examsUnableToDraw).toEqual([{ code: 'CERT-2026' }]);
  });

  it('tells the trainer through exam.readiness which rule falls short and why', async () => {
    const res = await h.execute<Readiness>(READINESS, { id: CERT_EXAM_ID }, actors.trainer());
    const readiness = res.data!.exam.readiness!;
    expect(readiness.ready).toBe(false);
    expect(readiness.shortfalls).toEqual([expect.objectContaining({ topic: '首违不罚', difficulty: 'MEDIUM', needed: 4 })]);
    expect(readiness.shortfalls[0].available).toBeLessThan(4);
    expect(readiness.shortfalls[0].underReview).toBeGreaterThan(0);
    expect(readiness.message).toContain('因所引法条修订正在复核');
  });

  it('refuses an officer’s start in plain words and uses none of their attempts', async () => {
    const res = await h.execute(START, { id: CERT_EXAM_ID }, actors.officer(demoOfficerId(7)));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.examId', shortfall: { topic: '首违不罚', needed: 4 } });
    expect(res.errors![0].message).toMatch(
      /^本场考试暂时无法开始：题库题目不足（「首违不罚」中等难度的题目现有\d道、需要4道，另有\d+道因所引法条修订正在复核）。本次没有占用作答次数/,
    );
    expect(await h.em().count(ExamAttempt, { examId: CERT_EXAM_ID, officerId: demoOfficerId(7) })).toBe(0);
  });
});
