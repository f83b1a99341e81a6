import { executeRaw } from '../harness/client';
import { createTestDatabase } from '../harness/database';
import type { TestDatabase } from '../harness/database';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const YEAR_AGO = new Date(Date.now() - 365 * 86_400_000).toISOString();
const NOW = new Date().toISOString();
const DASHBOARD = `{
  enforcementStats(period: { from: "2016-01-01T00:00:00Z", to: "${NOW}" }) { totalCases }
  participationStats(period: { from: "${YEAR_AGO}", to: "${NOW}" }) { reportCount }
  trainingCompliance(year: ${new Date().getFullYear()}) { overall { officerCount } }
  cases(first: 1) { totalCount }
}`;

type Dashboard = {
  enforcementStats: { totalCases: number };
  participationStats: { reportCount: number };
  trainingCompliance: { overall: { officerCount: number } };
  cases: { totalCount: number };
};

describe('DATABASE_READ_URL: statistics on a read replica', () => {
  let replica: TestDatabase;
  let withReplica: Stack;
  let primaryOnly: Stack;
  let admin: string;
  beforeAll(async () => {
    // the "replica" is a migrated database without the demo data, so any figure read there is visibly zero
    replica = await createTestDatabase({ seeded: false });
    withReplica = await startStack({ seeded: true, env: { DATABASE_READ_URL: replica.url } });
    primaryOnly = await startStack({ seeded: true });
    admin = await tokenFor('ADMIN', 'admin-replica');
  });
  afterAll(async () => {
    await withReplica.stop();
    await primaryOnly.stop();
    await replica.drop();
  });

  const dashboard = async (stack: Stack) => {
    const res = await executeRaw(stack.gatewayUrl, DASHBOARD, undefined, { authorization: `Bearer ${admin}` });
    expect(res.errors).toBeUndefined();
    return res.data as unknown as Dashboard;
  };
  const figures = (d: Dashboard) => ({
    enforcement: d.enforcementStats.totalCases,
    participation: d.participationStats.reportCount,
    training: d.trainingCompliance.overall.officerCount,
  });

  it('reads the statistics of every subgraph from the primary when no replica is configured', async () => {
    const d = await dashboard(primaryOnly);
    expect(Object.values(figures(d)).every((n) => n > 0)).toBe(true);
  });

  it('reads enforcementStats, participationStats and trainingCompliance from the replica, everything else from the primary', async () => {
    const d = await dashboard(withReplica);
    expect(figures(d)).toEqual({ enforcement: 0, participation: 0, training: 0 });
    expect(d.cases.totalCount).toBe((await dashboard(primaryOnly)).cases.totalCount);
    expect(d.cases.totalCount).toBeGreaterThan(0);
  });
});
