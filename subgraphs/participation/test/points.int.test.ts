import { randomUUID } from 'node:crypto';

import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { PointEntry } from '../points/point-entry.entity';
import { Redemption } from '../points/redemption.entity';
import { Reward } from '../points/reward.entity';
import { advance, submitReport } from './report-fixtures';
import { givePoints, makeVolunteer } from './volunteer-fixtures';

const REDEEM = `mutation($input: RedeemRewardInput!) { redeemReward(input: $input) { balance entry { amount reason sourceId } redemption { id cost } } }`;
const BALANCE = `query { myVolunteerProfile { pointsBalance } }`;

describe('points ledger (integration)', () => {
  let h: SubgraphHarness;
  let reward: Reward;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
    const em = h.em();
    reward = em.create(Reward, {
      code: 'BUS-CARD-30',
      name: '公交乘车券（30元）',
      description: '兰溪公交通用',
      cost: 30,
    });
    await em.flush();
  });
  afterAll(() => h.stop());

  it('takes the cost from the balance and traces the entry to the redemption', async () => {
    const v = await makeVolunteer(h, 'v-redeem');
    await givePoints(h, v.id, 50, randomUUID());
    const res = await h.execute<{
      redeemReward: {
        balance: number;
        entry: { amount: number; reason: string; sourceId: string };
        redemption: { id: string; cost: number };
      };
    }>(REDEEM, { input: { rewardId: reward.id } }, actors.volunteer('v-redeem'));
    expect(res.errors).toBeUndefined();
    const p = res.data!.redeemReward;
    expect(p.balance).toBe(20);
    expect(p.entry).toEqual({ amount: -30, reason: 'REDEMPTION', sourceId: p.redemption.id });
    const balance = await h.execute<{ myVolunteerProfile: { pointsBalance: number } }>(BALANCE, {}, actors.volunteer('v-redeem'));
    expect(balance.data!.myVolunteerProfile.pointsBalance).toBe(20);
  });

  it('refuses a redemption above the balance with CONFLICT and writes nothing', async () => {
    const v = await makeVolunteer(h, 'v-poor');
    await givePoints(h, v.id, 10, randomUUID());
    const res = await h.execute(REDEEM, { input: { rewardId: reward.id } }, actors.volunteer('v-poor'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'input.rewardId',
    });
    expect(await h.em().count(Redemption, { volunteerId: v.id })).toBe(0);
    expect(await h.em().count(PointEntry, { volunteerId: v.id })).toBe(1);
  });

  it('never goes negative under 6 simultaneous redemptions: 100 points buy exactly 3 rewards of 30', async () => {
    const v = await makeVolunteer(h, 'v-rush');
    await givePoints(h, v.id, 100, randomUUID());
    const results = await Promise.all(Array.from({ length: 6 }, () => h.execute(REDEEM, { input: { rewardId: reward.id } }, actors.volunteer('v-rush'))));
    expect(results.filter((r) => !r.errors)).toHaveLength(3);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(3);
    const entries = await h.em().find(PointEntry, { volunteerId: v.id });
    expect(entries.reduce((s, e) => s + e.amount, 0)).toBe(10);
  });

  it('refuses a volunteer who is not registered with FORBIDDEN', async () => {
    const res = await h.execute(REDEEM, { input: { rewardId: reward.id } }, actors.volunteer('v-nobody'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it("grants 5 points once when a volunteer's own report is resolved, even after a dispute", async () => {
    const v = await makeVolunteer(h, 'v-reporter');
    const officer = demoOfficerId(2);
    const r = await submitReport(h, actors.volunteer('v-reporter'));
    await advance(
      h,
      r.id,
      [{ status: 'DISPATCHED', gridCode: 'LX-YS-01', assignedOfficerId: officer }, { status: 'IN_PROGRESS' }, { status: 'RESOLVED' }],
      actors.admin(),
    );
    await h.execute(
      `mutation($input: DisputeReportInput!) { disputeReport(input: $input) { report { id } } }`,
      { input: { trackingCode: r.trackingCode, note: '又出现了' } },
      actors.volunteer('v-reporter'),
    );
    await advance(h, r.id, [{ status: 'RESOLVED' }], actors.admin());
    const entries = await h.em().find(PointEntry, { volunteerId: v.id });
    expect(entries.map((e) => [e.amount, e.reason, e.sourceId])).toEqual([[5, 'VALID_REPORT', r.id]]);
  });

  it('ranks volunteers by points earned in the period, names masked, ties sharing a rank', async () => {
    const em = h.em();
    const [a, b, c] = [await makeVolunteer(h, 'v-lb-a'), await makeVolunteer(h, 'v-lb-b'), await makeVolunteer(h, 'v-lb-c')];
    const at = new Date('2025-03-10T00:00:00Z');
    for (const [vol, amount] of [
      [a, 40],
      [b, 70],
      [c, 40],
      [a, -30],
    ] as const) {
      em.create(PointEntry, {
        volunteerId: vol.id,
        amount,
        reason: 'VOLUNTEER_HOURS' as never,
        sourceId: randomUUID(),
        note: 't',
        occurredAt: at,
      });
    }
    em.create(PointEntry, {
      volunteerId: a.id,
      amount: 500,
      reason: 'VOLUNTEER_HOURS' as never,
      sourceId: randomUUID(),
      note: 't',
      occurredAt: new Date('2025-05-01T00:00:00Z'),
    });
    await em.flush();
    const res = await h.execute<{
      pointsLeaderboard: {
        rank: number;
        points: number;
        volunteer: { id: string; name: string };
      }[];
    }>(
      `query { pointsLeaderboard(period: { from: "2025-03-01T00:00:00Z", to: "2025-04-01T00:00:00Z" }, first: 10) {
         rank points volunteer { id name } } }`,
    );
    expect(res.data!.pointsLeaderboard.map((l) => [l.rank, l.points, l.volunteer.name])).toEqual([
      [1, 70, '张**'],
      [2, 40, '张**'],
      [2, 40, '张**'],
    ]);
    expect(res.data!.pointsLeaderboard[0].volunteer.id).toBe(b.id);
  });
});
