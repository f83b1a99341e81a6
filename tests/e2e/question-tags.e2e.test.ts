import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const CREATE = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { question { id tags } } }`;
const SET = `mutation($input: SetQuestionTagsInput!) { setQuestionTags(input: $input) { id tags } }`;
const LIST = `query($filter: QuestionFilterInput) { questions(first: 50, filter: $filter) { totalCount edges { node { id tags } } } }`;

const content = (stem: string) => ({
  stem,
  options: [
    { text: '劝导至疏导点', correct: true },
    { text: '立即暂扣', correct: false },
  ],
  explanation: '先服务后执法。',
});

/** Issue 10: a trainer groups bank questions by tags beside the topic, and filters the bank by a tag. */
describe('question tags through the gateway (issue 10)', () => {
  let stack: Stack;
  const auth: Record<'trainer' | 'officer', Record<string, string>> = { trainer: {}, officer: {} };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    auth.trainer = { authorization: `Bearer ${await tokenFor('TRAINER', 'trainer-tags')}` };
    auth.officer = { authorization: `Bearer ${await tokenFor('OFFICER', 'officer-tags')}` };
  });
  afterAll(() => stack.stop());

  const create = (stem: string, tags: string[]) =>
    executeRaw(
      stack.gatewayUrl,
      CREATE,
      { input: { type: 'SINGLE_CHOICE', topic: '夜市管理', difficulty: 'EASY', content: content(stem), tags } },
      auth.trainer,
    );
  const tagged = async (tag: string) => {
    const res = await executeRaw(stack.gatewayUrl, LIST, { filter: { tag } }, auth.trainer);
    expect(res.errors).toBeUndefined();
    return (res.data as { questions: { totalCount: number; edges: { node: { id: string; tags: string[] } }[] } }).questions;
  };

  it('creates questions with tags, lists the bank by one tag and retags without a new version', async () => {
    const a = await create('夜市摊贩越线经营，首先应当怎么做？', [' 夜市 ', '新任队员', '夜市']);
    const b = await create('夜市收摊后垃圾未清，首先应当怎么做？', ['夜市']);
    expect(a.errors).toBeUndefined();
    const first = (a.data as { createQuestion: { question: { id: string; tags: string[] } } }).createQuestion.question;
    expect(first.tags).toEqual(['夜市', '新任队员']);
    const second = (b.data as { createQuestion: { question: { id: string } } }).createQuestion.question;

    expect((await tagged('夜市')).edges.map((e) => e.node.id).sort()).toEqual([first.id, second.id].sort());
    expect((await tagged('新任队员')).edges.map((e) => e.node.id)).toEqual([first.id]);

    const set = await executeRaw(stack.gatewayUrl, SET, { input: { questionId: second.id, tags: ['新任队员'] } }, auth.trainer);
    expect(set.errors).toBeUndefined();
    expect((await tagged('夜市')).edges.map((e) => e.node.id)).toEqual([first.id]);
    expect((await tagged('新任队员')).totalCount).toBe(2);
  });

  it('refuses a tag with a separator inside, changing nothing, and refuses an officer', async () => {
    const before = await tagged('新任队员');
    const id = before.edges[0].node.id;
    const bad = await executeRaw(stack.gatewayUrl, SET, { input: { questionId: id, tags: ['夜市、早市'] } }, auth.trainer);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tags' });
    const badCreate = await create('一道带有过长标签的试题？', ['一二三四五六七八九十一二三四五六七八九十一']);
    expect(badCreate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.tags' });
    const officer = await executeRaw(stack.gatewayUrl, SET, { input: { questionId: id, tags: [] } }, auth.officer);
    expect(officer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await tagged('新任队员')).toEqual(before);
  });
});
