import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { Activity } from '../activity/activity.entity';
import { Reward } from '../points/reward.entity';
import { Volunteer } from '../volunteer/volunteer.entity';

describe('volunteer demo data (integration, seeded)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: true });
  });
  afterAll(() => h.stop());

  const one = async (sql: string) => Number((await h.em().execute<{ n: string }[]>(sql))[0].n);

  it('seeds at least 80 volunteers, 20 activities and the rewards catalogue', async () => {
    expect(await h.em().count(Volunteer, {})).toBeGreaterThanOrEqual(80);
    expect(await h.em().count(Activity, {})).toBeGreaterThanOrEqual(20);
    expect(await h.em().count(Reward, {})).toBe(6);
  });

  it("keeps every activity's signed-up count equal to its sign-ups and within capacity", async () => {
    expect(
      await one(`select count(*) as n from participation.activity a
      where a.signed_up_count <> (select count(*) from participation.activity_sign_up s where s.activity_id = a.id)
         or a.signed_up_count > a.capacity`),
    ).toBe(0);
  });

  it('has no overlapping sign-ups of one volunteer', async () => {
    expect(
      await one(`select count(*) as n from participation.activity_sign_up a join participation.activity_sign_up b
      on a.volunteer_id = b.volunteer_id and a.id < b.id and a.starts_at < b.ends_at and b.starts_at < a.ends_at`),
    ).toBe(0);
  });

  it('traces every ledger entry to its cause and leaves no balance negative', async () => {
    expect(
      await one(`select count(*) as n from participation.point_entry e where not exists (
        select 1 from participation.activity_sign_up s where s.id = e.source_id and s.hours_status = 'APPROVED'
        union all select 1 from participation.report r where r.id = e.source_id
        union all select 1 from participation.redemption d where d.id = e.source_id)`),
    ).toBe(0);
    expect(
      await one(`select count(*) as n from (select volunteer_id from participation.point_entry
        group by volunteer_id having sum(amount) < 0) x`),
    ).toBe(0);
    expect(await one(`select count(*) as n from participation.redemption`)).toBeGreaterThan(0);
  });

  it('serves a leaderboard for the last 60 days', async () => {
    const res = await h.execute<{ pointsLeaderboard: { rank: number; points: number }[] }>(
      `query { pointsLeaderboard(period: { from: "2026-09-20T00:00:00Z", to: "2026-11-21T00:00:00Z" }, first: 10) { rank points } }`,
      {},
      actors.anonymous,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.pointsLeaderboard).toHaveLength(10);
    expect(res.data!.pointsLeaderboard[0].rank).toBe(1);
  });
});
