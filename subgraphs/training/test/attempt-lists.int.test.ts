import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { PRACTICE_EXAM_ID } from '../seed/seed-exams';
import { training } from '..';

const BY_EXAM = `query($id: ID!, $first: Int, $after: String) { exam(id: $id) { attempts(first: $first, after: $after) {
  totalCount edges { node { id attemptNo scorePercent officer { id } } } pageInfo { hasNextPage endCursor } } } }`;
const BY_OFFICER = `query($id: ID!) { _entities(representations: [{ __typename: "Officer", id: $id }]) { ... on Officer {
  examAttempts(first: 10) { edges { node { attemptNo status officer { id } exam { code } } } } } } }`;
type ExamPage = {
  exam: {
    attempts: {
      totalCount: number;
      edges: { node: { officer: { id: string }; scorePercent: number } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    } | null;
  };
};
type OfficerPage = { _entities: { examAttempts: { edges: { node: { officer: { id: string }; exam: { code: string } } }[] } | null }[] };

describe('attempt lists (issue 10: results)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(training, { seeded: true });
  });
  afterAll(() => h.stop());

  it('lists every attempt of an exam to trainers, page by page, with the officer and the score', async () => {
    const first = await h.execute<ExamPage>(BY_EXAM, { id: PRACTICE_EXAM_ID, first: 20 }, actors.trainer());
    expect(first.errors).toBeUndefined();
    const page = first.data!.exam.attempts!;
    expect(page.totalCount).toBe(DEMO_OFFICER_COUNT);
    expect(page.pageInfo.hasNextPage).toBe(DEMO_OFFICER_COUNT > 20);
    expect(page.edges.every((e) => typeof e.node.scorePercent === 'number' && e.node.officer.id.length > 0)).toBe(true);
  });

  it('refuses the exam’s attempt list to officers with FORBIDDEN', async () => {
    const res = await h.execute<ExamPage>(BY_EXAM, { id: PRACTICE_EXAM_ID, first: 5 }, actors.officer(demoOfficerId(1)));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(res.data?.exam?.attempts ?? null).toBeNull();
  });

  it('shows an officer their own history and refuses it to another officer', async () => {
    const own = await h.execute<OfficerPage>(BY_OFFICER, { id: demoOfficerId(2) }, actors.officer(demoOfficerId(2)));
    expect(own.errors).toBeUndefined();
    expect(own.data!._entities[0].examAttempts!.edges.map((e) => e.node)).toEqual([
      { attemptNo: 1, status: 'GRADED', officer: { id: demoOfficerId(2) }, exam: { code: 'PRACTICE-101' } },
    ]);
    const other = await h.execute<OfficerPage>(BY_OFFICER, { id: demoOfficerId(2) }, actors.officer(demoOfficerId(3)));
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
