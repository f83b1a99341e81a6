import { randomUUID } from 'node:crypto';

import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { service } from '..';
import { MerchantVisit } from '../merchant-visit/merchant-visit.entity';
import { VisitConcern } from '../merchant-visit/visit-concern.entity';

const RECORD = `mutation($input: RecordMerchantVisitInput!) { recordMerchantVisit(input: $input) { visit { id concernCount solvedOnTheSpotCount concerns { topic resolution } merchant { id } officer { id } } } }`;
const WORK = `query($reps: [_Any!]!, $period: ServicePeriodInput!) { _entities(representations: $reps) { ... on Officer { id serviceWork(period: $period) { visits concernsRaised concernsSolvedOnTheSpot onTheSpotShare } } } }`;
const VISITS = `mutation($input: RecordServicePointVisitsInput!) { recordServicePointVisits(input: $input) { servicePoint { id visitCount } } }`;
const POINTS = `query($filter: ServicePointFilter) { servicePoints(first: 10, filter: $filter) { edges { node { id name amenities visitCount } } } }`;

describe('merchant visits, service points and Officer.serviceWork (integration)', () => {
  let h: SubgraphHarness;
  const squad = randomUUID();
  const officerId = randomUUID();
  const officer = actors.officer(officerId, squad);
  const period = { from: new Date(Date.now() - 7 * 86_400_000).toISOString(), to: new Date(Date.now() + 60_000).toISOString() };
  const visitInput = (concerns: { resolution: string }[]) => ({
    merchantId: randomUUID(),
    gridCode: 'LX-LJ-02',
    visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
    note: '例行走访',
    concerns: concerns.map((c) => ({ topic: 'SANITATION', description: '垃圾清运不及时', resolutionNote: '联系环卫加派清运', ...c })),
  });

  beforeAll(async () => {
    h = await startSubgraph(service, { seeded: true });
  });
  afterAll(() => h.stop());

  it('records a visit with its concerns and counts those solved on the spot', async () => {
    const res = await h.execute<{ recordMerchantVisit: { visit: { concernCount: number; solvedOnTheSpotCount: number } } }>(
      RECORD,
      { input: visitInput([{ resolution: 'SOLVED_ON_THE_SPOT' }, { resolution: 'MANAGEMENT_TASK' }]) },
      officer,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordMerchantVisit.visit).toMatchObject({ concernCount: 2, solvedOnTheSpotCount: 1, officer: { id: officerId } });
  });

  it("answers an officer's service work for a period: visits, concerns raised and solved on the spot, the share", async () => {
    await h.execute(RECORD, { input: visitInput([{ resolution: 'SOLVED_ON_THE_SPOT' }]) }, officer);
    const res = await h.execute<{ _entities: { serviceWork: unknown }[] }>(WORK, { reps: [{ __typename: 'Officer', id: officerId }], period }, officer);
    expect(res.data!._entities[0].serviceWork).toEqual({ visits: 2, concernsRaised: 3, concernsSolvedOnTheSpot: 2, onTheSpotShare: 0.6667 });
  });

  it("refuses another officer's service work with FORBIDDEN", async () => {
    const res = await h.execute(WORK, { reps: [{ __typename: 'Officer', id: officerId }], period }, actors.officer(randomUUID(), squad));
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses a visit with 21 concerns or in the future with BAD_USER_INPUT and writes nothing', async () => {
    const before = await h.em().count(MerchantVisit, { officerId });
    const many = await h.execute(RECORD, { input: visitInput(Array.from({ length: 21 }, () => ({ resolution: 'SOLVED_ON_THE_SPOT' }))) }, officer);
    expect(many.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const future = await h.execute(RECORD, { input: { ...visitInput([]), visitedAt: new Date(Date.now() + 86_400_000).toISOString() } }, officer);
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.visitedAt' });
    expect(await h.em().count(MerchantVisit, { officerId })).toBe(before);
  });

  it("seeds a year of visits with about 85 % of concerns solved on the spot (the seeds' figure)", async () => {
    const all = await h.em().count(VisitConcern, {});
    const solved = await h.em().count(VisitConcern, { resolution: 'SOLVED_ON_THE_SPOT' as never });
    expect(all).toBeGreaterThan(150); // a quarterly visit by each squad officer, at the case demo's scale (issue 11)
    expect(solved / all).toBeGreaterThan(0.8);
    expect(solved / all).toBeLessThan(0.95);
  });

  it('lists service points offering charging with their counted visits, and adds a day of visits for the squad', async () => {
    const res = await h.execute<{ servicePoints: { edges: { node: { id: string; name: string; amenities: string[]; visitCount: number } }[] } }>(POINTS, {
      filter: { amenity: 'CHARGING' },
    });
    const points = res.data!.servicePoints.edges.map((e) => e.node);
    expect(points.length).toBeGreaterThan(2);
    expect(points.every((p) => p.amenities.includes('CHARGING') && p.visitCount > 1000)).toBe(true); // ~24 market days each
    const total = (await h.execute<{ servicePoints: { edges: { node: { visitCount: number } }[] } }>(POINTS, {})).data!.servicePoints.edges.reduce(
      (n, e) => n + e.node.visitCount,
      0,
    );
    expect(total).toBeGreaterThan(10_000); // market days only at the demo's scale (721 工作总结's county: 100,000+)
    const admin = actors.admin();
    const added = await h.execute<{ recordServicePointVisits: { servicePoint: { visitCount: number } } }>(
      VISITS,
      { input: { servicePointId: points[0].id, day: '2026-01-05', visitorGroup: 'COURIER', visits: 12 } },
      admin,
    );
    expect(added.data!.recordServicePointVisits.servicePoint.visitCount).toBe(points[0].visitCount + 12);
    const other = await h.execute(
      VISITS,
      { input: { servicePointId: points[0].id, day: '2026-01-05', visitorGroup: 'COURIER', visits: 12 } },
      actors.officer(randomUUID(), randomUUID()),
    );
    expect(other.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
