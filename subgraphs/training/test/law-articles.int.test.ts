import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { AttemptItem } from '../attempt/attempt-item.entity';
import { LawArticleStatus } from '../law/law-enums';
import { LawArticle } from '../law/law-article.entity';
import { Difficulty } from '../question/question-enums';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { lawArticleSeedId } from '../seed/law-articles.data';
import { LAW } from '../seed/questions.data';
import { questionSeedId } from '../seed/seed-exams';
import { buildQuestionSeeds } from '../seed/question-templates';
import { training } from '..';

const AMEND = `mutation($input: AmendLawArticleInput!) { amendLawArticle(input: $input) {
  previous { id status statusReason } current { id lawName article versionLabel effectiveOn status supersedes } flaggedQuestions } }`;
const RETIRE = `mutation($input: RetireLawArticleInput!) { retireLawArticle(input: $input) { previous { status statusReason } current { id } flaggedQuestions } }`;
const REVIEW = `query($first: Int, $after: String) { questionsNeedingReview(first: $first, after: $after) {
  edges { node { id needsReview reviewReason } } pageInfo { hasNextPage endCursor } } }`;
const CREATE = `mutation($input: CreateExamInput!) { createExam(input: $input) { exam { id } } }`;
const START = `mutation($id: ID!) { startExamAttempt(input: { examId: $id }) { attempt { id } } }`;
const REVISE = `mutation($input: ReviseQuestionInput!) { reviseQuestion(input: $input) { question { needsReview reviewReason } version { lawArticleId } } }`;

const art = (article: string) => lawArticleSeedId({ lawName: LAW, article, versionLabel: '2021年修订' });
const ART33 = art('第三十三条');
const ART64 = art('第六十四条');
/** Seeded question ids whose free-text tag cites the article (the expected flags). */
const citing = (article: string) =>
  buildQuestionSeeds()
    .filter((q) => q.lawArticle === `${LAW}${article}`)
    .map((q) => questionSeedId(q.key))
    .sort();
const CITING33 = citing('第三十三条');
const CITING64 = citing('第六十四条');
const amendInput = (lawArticleId: string, extra: Record<string, unknown> = {}) => ({
  lawArticleId,
  newVersionLabel: '2026年修订',
  effectiveOn: '2026-10-01',
  summary: '听证申请期限调整为告知后十日内提出',
  ...extra,
});
const day = 86_400_000;
const randomExam = (code: string, count: number) => ({
  code,
  title: '法条抽题测验',
  kind: 'PRACTICE',
  mode: 'RANDOM',
  rules: [{ topic: '法条', difficulty: 'HARD', count }],
  timeLimitMinutes: 30,
  passMarkPercent: 60,
  maxAttempts: 1,
  countingPolicy: 'HIGHEST',
  availableFrom: new Date(Date.now() - day).toISOString(),
  availableUntil: new Date(Date.now() + day).toISOString(),
});

describe('law articles and question review (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('seeds the cited articles and links every citing seeded question version to its catalogue entry', async () => {
    const article = await h.em().findOneOrFail(LawArticle, { id: ART33 });
    expect(article).toMatchObject({ lawName: LAW, article: '第三十三条', versionLabel: '2021年修订', status: LawArticleStatus.CURRENT });
    const versions = await h.em().find(QuestionVersion, { lawArticleId: ART33 });
    expect(versions.map((v) => v.questionId).sort()).toEqual(CITING33);
    expect(CITING33.length).toBeGreaterThanOrEqual(12);
    expect(await h.em().count(QuestionVersion, { lawArticleId: null })).toBe(await h.em().count(Question, { lawArticle: null }));
    expect(await h.em().count(LawArticle, { lawName: '《城市市容和环境卫生管理条例》', article: '第三十四条' })).toBe(1);
  });

  it('refuses officers with FORBIDDEN and leaves the article current', async () => {
    const res = await h.execute(AMEND, { input: amendInput(ART64) }, actors.officer(demoOfficerId(1)));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(LawArticle, { id: ART64 })).status).toBe(LawArticleStatus.CURRENT);
  });

  it('refuses a malformed effective date on input.effectiveOn and writes nothing', async () => {
    const res = await h.execute(AMEND, { input: amendInput(ART64, { effectiveOn: '2026-02-30' }) }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveOn' });
    expect(await h.em().count(LawArticle, { lawName: LAW, article: '第六十四条' })).toBe(1);
    expect(await h.em().count(Question, { needsReview: true })).toBe(0);
  });

  it('amends an article: old version AMENDED, new CURRENT, and every question citing it flagged in one step', async () => {
    const res = await h.execute<{ amendLawArticle: { current: { id: string }; flaggedQuestions: number } }>(
      AMEND,
      { input: amendInput(ART64) },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.amendLawArticle).toMatchObject({
      previous: { id: ART64, status: 'AMENDED', statusReason: '被2026年修订取代' },
      current: { lawName: LAW, article: '第六十四条', versionLabel: '2026年修订', effectiveOn: '2026-10-01', status: 'CURRENT', supersedes: ART64 },
      flaggedQuestions: CITING64.length,
    });
    const flagged = await h.em().find(Question, { needsReview: true }, { orderBy: { id: 'asc' } });
    expect(flagged.map((q) => q.id).sort()).toEqual(CITING64);
    expect(CITING64).toEqual(expect.arrayContaining([questionSeedId('article-sc-7'), questionSeedId('article-tf-7')]));
    expect(flagged[0].reviewReason).toBe(`所引法条${LAW}第六十四条（2021年修订）已修订（2026年修订），请复核`);
  });

  it('refuses to amend a version that is no longer current with CONFLICT', async () => {
    const res = await h.execute(AMEND, { input: amendInput(ART64, { newVersionLabel: '2027年修订' }) }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.lawArticleId' });
    expect(await h.em().count(LawArticle, { lawName: LAW, article: '第六十四条' })).toBe(2);
  });

  it('lists the flagged questions for trainers, page by page', async () => {
    type Page = { questionsNeedingReview: { edges: { node: { id: string; needsReview: boolean } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };
    const first = await h.execute<Page>(REVIEW, { first: 2 }, actors.trainer());
    expect(first.errors).toBeUndefined();
    expect(first.data!.questionsNeedingReview.edges).toHaveLength(2);
    expect(first.data!.questionsNeedingReview.pageInfo.hasNextPage).toBe(true);
    const rest = await h.execute<Page>(REVIEW, { first: 50, after: first.data!.questionsNeedingReview.pageInfo.endCursor }, actors.trainer());
    const ids = [first, rest].flatMap((r) => r.data!.questionsNeedingReview.edges.map((e) => e.node.id)).sort();
    expect(ids).toEqual(CITING64);
    expect(rest.data!.questionsNeedingReview.pageInfo.hasNextPage).toBe(false);
    const officer = await h.execute(REVIEW, { first: 1 }, actors.officer(demoOfficerId(1)));
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('draws random papers only from questions that do not need review', async () => {
    const pool = await h.em().count(Question, { topic: '法条', difficulty: Difficulty.HARD, needsReview: false });
    const tooMany = await h.execute(CREATE, { input: randomExam('LAW-QUIZ-0', pool + 1) }, actors.trainer());
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.rules.0.count' });
    const created = await h.execute<{ createExam: { exam: { id: string } } }>(CREATE, { input: randomExam('LAW-QUIZ-1', pool) }, actors.trainer());
    expect(created.errors).toBeUndefined();
    for (const i of [20, 21, 22]) {
      const started = await h.execute<{ startExamAttempt: { attempt: { id: string } } }>(
        START,
        { id: created.data!.createExam.exam.id },
        actors.officer(demoOfficerId(i)),
      );
      expect(started.errors).toBeUndefined();
      const items = await h.em().find(AttemptItem, { attemptId: started.data!.startExamAttempt.attempt.id });
      expect(items).toHaveLength(pool);
      expect(items.map((it) => it.questionId).filter((id) => CITING64.includes(id))).toEqual([]);
    }
  });

  it('clears the flag when a trainer revises the question citing the new version', async () => {
    const current = await h.em().findOneOrFail(LawArticle, { lawName: LAW, article: '第六十四条', status: LawArticleStatus.CURRENT });
    const res = await h.execute(
      REVISE,
      {
        input: {
          questionId: questionSeedId('article-tf-7'),
          lawArticleId: current.id,
          content: {
            stem: '“当事人要求听证的，应当在行政机关告知后十日内提出”是新修订的规定。',
            trueFalseAnswer: true,
            explanation: '2026年修订后为十日。',
          },
        },
      },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ reviseQuestion: { question: { needsReview: false, reviewReason: null }, version: { lawArticleId: current.id } } });
    expect(await h.em().count(Question, { needsReview: true })).toBe(CITING64.length - 1);
  });

  it('retires an article and flags the questions whose current version cites it', async () => {
    const res = await h.execute(RETIRE, { input: { lawArticleId: ART33, reason: '演示：假设本条被废止' } }, actors.trainer());
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      retireLawArticle: { previous: { status: 'RETIRED', statusReason: '演示：假设本条被废止' }, current: null, flaggedQuestions: CITING33.length },
    });
    const flagged = await h.em().find(Question, { id: { $in: CITING33 } });
    expect(flagged.every((q) => q.needsReview && q.reviewReason === `所引法条${LAW}第三十三条（2021年修订）已废止（演示：假设本条被废止），请复核`)).toBe(true);
  });

  it('refuses a short retirement reason on input.reason and changes nothing', async () => {
    const res = await h.execute(RETIRE, { input: { lawArticleId: art('第六条'), reason: '废止' } }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await h.em().findOneOrFail(LawArticle, { id: art('第六条') })).status).toBe(LawArticleStatus.CURRENT);
  });
});
