import { seedId } from '../../../kernel/db/seed-id';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { LINK_FREE_TEXT_CITATIONS_SQL } from '../law/law-citation';
import { Difficulty, QuestionType } from '../question/question-enums';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { lawArticleSeedId } from '../seed/law-articles.data';
import { LAW } from '../seed/questions.data';
import { training } from '..';

const CREATE = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { question { id lawArticle needsReview } version { lawArticleId } } }`;
const AMEND = `mutation($input: AmendLawArticleInput!) { amendLawArticle(input: $input) { flaggedQuestions } }`;
const art = (article: string) => lawArticleSeedId({ lawName: LAW, article, versionLabel: '2021年修订' });
const content = { stem: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚。', trueFalseAnswer: true, explanation: '《行政处罚法》第三十三条。' };
const question = (extra: Record<string, unknown>) => ({ type: 'TRUE_FALSE', topic: '首违不罚', difficulty: 'MEDIUM', content, ...extra });
type Created = { createQuestion: { question: { id: string; lawArticle: string | null; needsReview: boolean }; version: { lawArticleId: string | null } } };

describe('questions cite the law catalogue by id (issue 10 fault 2)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('links a new question to the cited article, and amending that article flags it', async () => {
    const created = await h.execute<Created>(CREATE, { input: question({ lawArticleId: art('第三十六条') }) }, actors.trainer());
    expect(created.errors).toBeUndefined();
    expect(created.data!.createQuestion).toMatchObject({
      question: { lawArticle: `${LAW}第三十六条`, needsReview: false },
      version: { lawArticleId: art('第三十六条') },
    });
    const citing = await h.em().count(QuestionVersion, { lawArticleId: art('第三十六条') });
    const amended = await h.execute(
      AMEND,
      { input: { lawArticleId: art('第三十六条'), newVersionLabel: '2026年修订', effectiveOn: '2026-10-01', summary: '追责时效修订演示' } },
      actors.trainer(),
    );
    expect(amended.data).toEqual({ amendLawArticle: { flaggedQuestions: citing } });
    expect((await h.em().findOneOrFail(Question, { id: created.data!.createQuestion.question.id })).needsReview).toBe(true);
  });

  it('links the deprecated free-text tag when it names one current article (short law name accepted)', async () => {
    const created = await h.execute<Created>(CREATE, { input: question({ lawArticle: '《行政处罚法》第三十三条' }) }, actors.trainer());
    expect(created.errors).toBeUndefined();
    expect(created.data!.createQuestion.version.lawArticleId).toBe(art('第三十三条'));
  });

  it('refuses a free-text tag outside the catalogue with BAD_USER_INPUT on input.lawArticle and stores nothing', async () => {
    const before = await h.em().count(Question, {});
    const res = await h.execute(CREATE, { input: question({ lawArticle: '《行政处罚法》第九百条' }) }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lawArticle' });
    expect(await h.em().count(Question, {})).toBe(before);
  });

  it('refuses an amended (no longer current) article with BAD_USER_INPUT on input.lawArticleId', async () => {
    const res = await h.execute(CREATE, { input: question({ lawArticleId: art('第三十六条') }) }, actors.trainer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.lawArticleId' });
  });

  it('migrates free-text tags of existing questions to catalogue links, leaving unknown tags alone', async () => {
    const em = h.em();
    const make = (key: string, tag: string) => {
      const id = seedId('question', `legacy-${key}`);
      em.create(Question, { id, type: QuestionType.TRUE_FALSE, topic: '程序规定', lawArticle: tag, difficulty: Difficulty.EASY, currentVersion: 1 });
      em.create(QuestionVersion, {
        questionId: id,
        version: 1,
        stem: '旧题：执法人员不得少于两人。',
        options: [
          { key: 'T', text: '正确', correct: true },
          { key: 'F', text: '错误', correct: false },
        ],
        keywords: [],
        explanation: '旧题',
      });
      return id;
    };
    const known = make('known', '行政处罚法 第四十二条');
    const unknown = make('unknown', '某地方规定第一条');
    await em.flush();
    await em.getConnection().execute(LINK_FREE_TEXT_CITATIONS_SQL);
    const linked = await h.em().find(QuestionVersion, { questionId: { $in: [known, unknown] } });
    expect(Object.fromEntries(linked.map((v) => [v.questionId, v.lawArticleId]))).toEqual({ [known]: art('第四十二条'), [unknown]: null });
  });
});
