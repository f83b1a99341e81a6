import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const ADJUST = `mutation($input: AdjustVolunteerPointsInput!) {
  adjustVolunteerPoints(input: $input) { balance entry { amount reason note recordedBy } }
}`;

/** 积分调整 (issue 9, finding 9): ADMIN and SUPERVISOR grant or deduct points with a reason; the balance never goes below 0. */
describe('volunteer points corrections through the gateway', () => {
  let stack: Stack;
  let admin: string;
  let supervisor: string;
  let volunteerId: string;
  const db = () => stack.servers.participation.orm.em.fork().getConnection();
  const ledger = async () =>
    (
      await db().execute(`select count(*)::int as n, coalesce(sum(amount), 0)::int as total from participation.point_entry where volunteer_id = ?`, [
        volunteerId,
      ])
    )[0];

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    admin = await tokenFor('ADMIN', 'admin-points');
    supervisor = await tokenFor('SUPERVISOR', 'leader-points');
    [{ id: volunteerId }] = await db().execute(`select id from participation.volunteer where status = 'ACTIVE' order by id limit 1`);
  });
  afterAll(() => stack.stop());
  const adjust = (input: Record<string, unknown>, token: string) =>
    executeRaw(stack.gatewayUrl, ADJUST, { input: { volunteerId, ...input } }, { authorization: `Bearer ${token}` });

  it('grants points with a reason and keeps who and why in the ledger', async () => {
    const before = await ledger();
    const res = await adjust({ amount: 50, reason: '年度优秀志愿者奖励' }, supervisor);
    expect(res.errors).toBeUndefined();
    expect(res.data!.adjustVolunteerPoints).toEqual({
      balance: before.total + 50,
      entry: { amount: 50, reason: 'ADJUSTMENT', note: '年度优秀志愿者奖励', recordedBy: 'leader-points' },
    });
    expect(await ledger()).toEqual({ n: before.n + 1, total: before.total + 50 });
  });

  it('deducts points down to exactly 0 and refuses one point more with CONFLICT, changing nothing', async () => {
    const before = await ledger();
    const res = await adjust({ amount: -before.total, reason: '更正重复计分' }, admin);
    expect(res.errors).toBeUndefined();
    expect((res.data!.adjustVolunteerPoints as { balance: number }).balance).toBe(0);
    const refused = await adjust({ amount: -1, reason: '更正重复计分' }, admin);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.amount' });
    expect(await ledger()).toEqual({ n: before.n + 1, total: 0 });
  });

  it('refuses a volunteer or officer with FORBIDDEN and a missing reason or zero amount with BAD_USER_INPUT', async () => {
    const before = await ledger();
    const volunteer = await tokenFor('VOLUNTEER', 'volunteer-points');
    expect((await adjust({ amount: 10, reason: '自己加分' }, volunteer)).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await adjust({ amount: 10, reason: ' ' }, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect((await adjust({ amount: 0, reason: '无变化' }, admin)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(await ledger()).toEqual(before);
  });
});
