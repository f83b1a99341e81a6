import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { Difficulty } from '../question/question-enums';
import { Question } from '../question/question.entity';
import { lawArticleSeedId } from '../seed/law-articles.data';
import { LAW } from '../seed/questions.data';
import { buildQuestionSeeds } from '../seed/question-templates';
import { CERT_EXAM_ID, PRACTICE_EXAM_ID, questionSeedId } from '../seed/seed-exams';
import { training } from '..';

const LIST = `query($filter: QuestionFilterInput, $first: Int, $after: String) { questions(filter: $filter, first: $first, after: $after) {
  totalCount edges { node { id topic type difficulty needsReview current { stem lawArticleId } } } pageInfo { hasNextPage endCursor } } }`;
const PREVIEW = `query($id: ID!) { questionPreview(id: $id) { type stem options { label text } answered } }`;
const seeds = buildQuestionSeeds();
type Page = {
  questions: {
    totalCount: number;
    edges: { node: { id: string; topic: string; difficulty: string; current: { stem: string; lawArticleId: string | null } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

describe('question bank for trainers (issue 10)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  const list = async (filter: Record<string, unknown> | null, first = 100) => {
    const res = await h.execute<Page>(LIST, { filter, first }, actors.trainer());
    expect(res.errors).toBeUndefined();
    return res.data!.questions;
  };

  it('lists the whole bank page by page with its current content', async () => {
    const first = await h.execute<Page>(LIST, { first: 30 }, actors.trainer());
    const rest = await h.execute<Page>(LIST, { first: 100, after: first.data!.questions.pageInfo.endCursor }, actors.trainer());
    const ids = [first, rest].flatMap((p) => p.data!.questions.edges.map((e) => e.node.id));
    expect(new Set(ids).size).toBe(seeds.length);
    expect(first.data!.questions.totalCount).toBe(seeds.length);
    expect(first.data!.questions.edges.every((e) => e.node.current.stem.length > 0)).toBe(true);
  });

  it('filters by topic and difficulty together', async () => {
    const page = await list({ topic: '首违不罚', difficulty: 'MEDIUM' });
    const expected = seeds
      .filter((s) => s.topic === '首违不罚' && s.difficulty === Difficulty.MEDIUM)
      .map((s) => questionSeedId(s.key))
      .sort();
    expect(page.edges.map((e) => e.node.id).sort()).toEqual(expected);
  });

  it('filters by cited law article and by text in the stem', async () => {
    const art = lawArticleSeedId({ lawName: LAW, article: '第五十一条', versionLabel: '2021年修订' });
    const cited = await list({ lawArticleId: art });
    expect(cited.edges.map((e) => e.node.id).sort()).toEqual(
      seeds
        .filter((s) => s.lawArticle === `${LAW}第五十一条`)
        .map((s) => questionSeedId(s.key))
        .sort(),
    );
    const found = await list({ search: '听证' });
    expect(found.edges.length).toBeGreaterThan(0);
    expect(found.edges.every((e) => e.node.current.stem.includes('听证'))).toBe(true);
  });

  it('filters by the exam that uses a question: the fixed paper, or the random draw pools', async () => {
    const fixed = await list({ usedByExamId: PRACTICE_EXAM_ID });
    expect(fixed.totalCount).toBe(10);
    const random = await list({ usedByExamId: CERT_EXAM_ID, topic: '721工作法' });
    expect(random.edges.every((e) => e.node.topic === '721工作法' && e.node.difficulty === 'EASY')).toBe(true);
  });

  it('filters flagged questions', async () => {
    await h.em().nativeUpdate(Question, { id: questionSeedId('721-0') }, { needsReview: true });
    expect((await list({ needsReview: true })).edges.map((e) => e.node.id)).toEqual([questionSeedId('721-0')]);
  });

  it('previews a question as the examinee sees it, without answers', async () => {
    const res = await h.execute<{ questionPreview: { options: { label: string; text: string }[] } }>(
      PREVIEW,
      { id: questionSeedId('721-1') },
      actors.trainer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.questionPreview.options.map((o) => o.label)).toEqual(['A', 'B', 'C', 'D'].slice(0, res.data!.questionPreview.options.length));
    expect(JSON.stringify(res.data)).not.toMatch(/correct|explanation|keywords/);
  });

  it('refuses the bank to officers with FORBIDDEN and a bad filter with BAD_USER_INPUT', async () => {
    const officer = await h.execute(LIST, { first: 5 }, actors.officer(demoOfficerId(1)));
    expect(officer.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const bad = await h.execute(LIST, { first: 5, filter: { search: 'x'.repeat(51) } }, actors.trainer());
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
