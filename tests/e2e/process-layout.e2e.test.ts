import { startProcessStack } from '../../scripts/process-stack';
import type { ProcessStack } from '../../scripts/process-stack';
import { createTestDatabase } from '../harness/database';
import type { TestDatabase } from '../harness/database';
import { canSpawnProcesses } from '../harness/subgraph-processes';
import { childProcessEnv } from '../harness/test-env';
import { tokenFor } from '../harness/tokens';

/** Reports (participation) with their grid (enforcement) and the officer's training hours (training). */
const ACROSS_SUBGRAPHS = `{ reports(first: 5) { edges { node { trackingCode grid { code unit { shortName } } } } } officers(first: 3) { edges { node { name trainingHours(year: 2026) { totalHours } } } } }`;

(canSpawnProcesses() ? describe : describe.skip)('`npm start -- --subgraphs-together`: the four subgraphs in one process', () => {
  let db: TestDatabase;
  let stack: ProcessStack;
  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    const env = childProcessEnv();
    stack = await startProcessStack({ env, databaseUrl: db.url, ports: 'free', output: 'ignore', subgraphsTogether: true });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await db.drop();
  });

  it('serves every subgraph from one process on its own port and answers a query across three of them', async () => {
    expect(new Set(stack.subgraphs.map((s) => s.child.pid)).size).toBe(1);
    expect(new Set(stack.subgraphs.map((s) => s.url)).size).toBe(4);
    expect(stack.subgraphs[0].child.pid).not.toBe(stack.gateway.child.pid);
    const token = await tokenFor('ADMIN', 'layout-admin');
    const res = await fetch(stack.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: ACROSS_SUBGRAPHS }),
    });
    const body = (await res.json()) as { data?: { reports: { edges: unknown[] }; officers: { edges: { node: { name: string } }[] } }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data!.reports.edges.length).toBeGreaterThan(0);
    expect(body.data!.officers.edges.every((e) => e.node.name.length > 0)).toBe(true);
  });

  it('stops the gateway and the one subgraph process, each exiting cleanly', async () => {
    const children = [stack.gateway.child, stack.subgraphs[0].child];
    await stack.stop();
    expect(children.map((c) => c.exitCode ?? c.signalCode)).toEqual([0, 0]);
  });
});
