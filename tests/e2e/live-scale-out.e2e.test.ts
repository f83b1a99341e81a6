import { ReportProgressDocument } from '../__generated__/graphql';
import { executeRaw } from '../harness/client';
import { subscribeSse, subscribeWs, waitForSubscribers } from '../harness/live-client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/** Two instances of participation behind the gateway: a change made on either reaches subscribers on both, once. */
describe('live progress with two instances of a subgraph', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack({ seeded: true, replicas: { participation: 2 } });
    admin = await tokenFor('ADMIN', 'admin-live-scale');
  });
  afterAll(() => stack.stop());

  it('delivers each status change once to subscribers held by different instances, whichever instance commits it', async () => {
    const conn = stack.servers.participation.orm.em.fork().getConnection();
    const [report] = await conn.execute<{ id: string; tracking_code: string }[]>(
      `select id, tracking_code from participation.report where grid_code is not null and case_id is null and status = 'IN_PROGRESS' limit 1`,
    );
    await conn.execute(`update participation.report set status = 'DISPATCHED' where id = ?`, [report.id]);
    const healths = [stack.subgraphUrls.participation, stack.replicas.participation![0].url].map((u) => u.replace(/\/graphql$/, '/health'));

    // the gateway sends a new request to the instance with the fewest in flight: one subscription on each
    const sse = await subscribeSse(stack.gatewayUrl, ReportProgressDocument, { trackingCode: report.tracking_code });
    await waitForSubscribers(healths, 1);
    const ws = subscribeWs(stack.gatewayUrl, ReportProgressDocument, { trackingCode: report.tracking_code });
    expect(await waitForSubscribers(healths, 2)).toEqual([1, 1]);

    const steps = ['IN_PROGRESS', 'RESOLVED', 'CLOSED'];
    for (const status of steps) {
      // each mutation lands on one of the two instances; the others learn of it through PostgreSQL
      const changed = await executeRaw(
        stack.gatewayUrl,
        'mutation($input: ChangeReportStatusInput!) { changeReportStatus(input: $input) { report { status } } }',
        { input: { reportId: report.id, status, note: '处理进度' } },
        { authorization: `Bearer ${admin}` },
      );
      expect(changed.errors).toBeUndefined();
    }
    await Promise.all([sse.waitFor(3, 2000), ws.waitFor(3, 2000)]);
    await new Promise((r) => setTimeout(r, 300));
    for (const live of [sse, ws]) {
      expect(live.results.map((r) => r.data!.reportProgress.status)).toEqual(steps);
    }
    await Promise.all([sse.close(), ws.close()]);
  });
});
