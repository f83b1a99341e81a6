import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { Case } from '../case/case.entity';
import { CaseReview } from '../case-review/case-review.entity';
import { FollowUp } from '../follow-up/follow-up.entity';
import { caseInProgress, closedCase, gql, LANJIANG, newPerson, officer, supervisor, YUNSHAN } from './case-fixtures';

const FOLLOW_UP = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { followUp { satisfaction onTime comment } } }`;
const OVERDUE = `query($first: Int!) { overdueFollowUps(first: $first) { totalCount edges { node { id status closedAt followedUpAt unit { id } } } } }`;
const REVIEW = `mutation($input: ReviewCaseInput!) { reviewCase(input: $input) { review { score isTypicalCase } case { isTypicalCase review { summary } } } }`;

describe('follow-up visits and case reviews (integration)', () => {
  let h: SubgraphHarness;
  let person: string;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    person = await newPerson(h);
  });
  afterAll(() => h.stop());

  it('records a follow-up within 3 days of closure as on time, and stamps the case', async () => {
    const c = await closedCase(h);
    const data = await gql<{ recordFollowUp: { followUp: unknown } }>(
      h,
      FOLLOW_UP,
      { input: { caseId: c.id, satisfaction: 5, comment: '非常满意' } },
      officer(),
    );
    expect(data.recordFollowUp.followUp).toEqual({ satisfaction: 5, onTime: true, comment: '非常满意' });
    expect((await h.em().findOneOrFail(Case, c.id)).followedUpAt).toBeInstanceOf(Date);
  });

  it('refuses a satisfaction of 6 with BAD_USER_INPUT on input.satisfaction and stores nothing', async () => {
    const c = await closedCase(h);
    const res = await h.execute(FOLLOW_UP, { input: { caseId: c.id, satisfaction: 6 } }, officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.satisfaction' });
    expect(await h.em().count(FollowUp, { case: c.id })).toBe(0);
  });

  it('refuses a follow-up of an open case or a second one with CONFLICT', async () => {
    const open = await caseInProgress(h, person);
    const res = await h.execute(FOLLOW_UP, { input: { caseId: open.id, satisfaction: 4 } }, officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', status: 'IN_PROGRESS' });
    const closed = await closedCase(h);
    await gql(h, FOLLOW_UP, { input: { caseId: closed.id, satisfaction: 4 } }, officer());
    const again = await h.execute(FOLLOW_UP, { input: { caseId: closed.id, satisfaction: 3 } }, officer());
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await h.em().count(FollowUp, { case: closed.id })).toBe(1);
  });

  it('lists closed cases of the unit without a follow-up more than 3 days after closure', async () => {
    const data = await gql<{
      overdueFollowUps: { totalCount: number; edges: { node: { status: string; closedAt: string; followedUpAt: null; unit: { id: string } } }[] };
    }>(h, OVERDUE, { first: 100 }, supervisor());
    const limit = Date.now() - 3 * 86_400_000;
    expect(data.overdueFollowUps.edges.length).toBeGreaterThan(0);
    for (const { node } of data.overdueFollowUps.edges) {
      expect(node).toMatchObject({ status: 'CLOSED', followedUpAt: null, unit: { id: YUNSHAN } });
      expect(new Date(node.closedAt).getTime()).toBeLessThan(limit);
    }
    const expected = await h.em().count(Case, { unit: YUNSHAN, status: 'CLOSED', followedUpAt: null, closedAt: { $lt: new Date(limit) } } as never);
    expect(data.overdueFollowUps.totalCount).toBe(expected);
  });

  it('lets a supervisor review a closed case once and mark it typical', async () => {
    const c = await closedCase(h);
    const data = await gql<{ reviewCase: unknown }>(
      h,
      REVIEW,
      { input: { caseId: c.id, score: 92, summary: '首违不罚适用准确，证据完整', isTypicalCase: true } },
      supervisor(),
    );
    expect(data.reviewCase).toEqual({
      review: { score: 92, isTypicalCase: true },
      case: { isTypicalCase: true, review: { summary: '首违不罚适用准确，证据完整' } },
    });
    const again = await h.execute(REVIEW, { input: { caseId: c.id, score: 80, summary: '再次评议无效' } }, supervisor());
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect(await h.em().count(CaseReview, { case: c.id })).toBe(1);
  });

  it('refuses a review by the case officer with FORBIDDEN', async () => {
    const c = await closedCase(h);
    const res = await h.execute(REVIEW, { input: { caseId: c.id, score: 90, summary: '自评不被允许' } }, actors.supervisor('x', LANJIANG));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const own = await h.execute(REVIEW, { input: { caseId: c.id, score: 90, summary: '自评不被允许' } }, { ...officer(), roles: ['OFFICER'] });
    expect(own.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(CaseReview, { case: c.id })).toBe(0);
  });

  it('refuses a score above 100 with BAD_USER_INPUT on input.score', async () => {
    const c = await closedCase(h);
    const res = await h.execute(REVIEW, { input: { caseId: c.id, score: 101, summary: '分数超出范围' } }, supervisor());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.score' });
    expect((await h.em().findOneOrFail(Case, c.id)).isTypicalCase).toBe(false);
  });
});
