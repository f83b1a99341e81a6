import { createSubgraphServer } from '../../kernel/server/create-subgraph-server';
import { participation } from '../../subgraphs/participation';
import { ReportWithCaseDocument } from '../__generated__/graphql';
import { openCaseFromReport } from '../fixtures/open-case';
import type { ReportRow } from '../fixtures/open-case';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { silentLog, testConfig } from '../harness/test-env';
import { tokenFor } from '../harness/tokens';

/** A demo report with a grid cell and no case yet, put in DISPATCHED (the seed has few in that state). */
const dispatchedReport = async (stack: Stack) => {
  const sql = stack.servers.participation.orm.em.fork().getConnection();
  const [report] = await sql.execute<{ id: string; grid_code: string }[]>(
    `select id, grid_code from participation.report where grid_code is not null and case_id is null and status = 'IN_PROGRESS'
     order by submitted_at desc limit 1`,
  );
  await sql.execute(`update participation.report set status = 'DISPATCHED' where id = ?`, [report.id]);
  return report;
};

const openCase = (stack: Stack, token: string, report: ReportRow) => openCaseFromReport(stack.gatewayUrl, token, report);

describe('opening a case from a citizen report (enforcement → participation through the outbox)', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    admin = await tokenFor('ADMIN', 'admin-case');
  });
  afterAll(() => stack.stop());

  it('shows the case on the report, and moves the report to IN_PROGRESS, through the graph', async () => {
    const report = await dispatchedReport(stack);
    const opened = await openCase(stack, admin, report);
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.createCase.case.sourceReport!.id).toBe(report.id);

    await stack.servers.enforcement.runJobsOnce(); // the outbox relay (on a timer in production)
    const seen = await execute(stack.gatewayUrl, ReportWithCaseDocument, { id: report.id }, { token: admin });
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.report).toMatchObject({
      status: 'IN_PROGRESS',
      case: { id: opened.data!.createCase.case.id, number: opened.data!.createCase.case.number },
    });
  });

  it('loses nothing while participation is down and applies the change exactly once after it restarts', async () => {
    const report = await dispatchedReport(stack);
    await stack.servers.participation.stop();
    const opened = await openCase(stack, admin, report);
    // the case is created; only the report's own fields (served by participation) are missing
    expect(opened.data!.createCase.case.number).toMatch(/^ZF-\d{4}-\d{6}$/);
    // (the JavaScript planner reports the path down to trackingCode, the Rust planner at the entity it could not fetch)
    expect(opened.data!.createCase.case.sourceReport).toBeNull();
    expect(opened.errors?.map((e) => e.path?.join('.'))).toEqual([expect.stringMatching(/^createCase\.case\.sourceReport(\.trackingCode)?$/)]);

    await stack.servers.enforcement.runJobsOnce(); // delivery fails: participation is down
    const pending = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`select attempts, delivered_at from enforcement.outbox_message where payload->>'reportId' = ?`, [report.id]);
    expect(pending).toEqual([{ attempts: 1, delivered_at: null }]);

    const databaseUrl = stack.servers.enforcement.orm.config.getClientUrl(false);
    const restarted = await createSubgraphServer(participation, {
      config: testConfig({ DATABASE_URL: databaseUrl }),
      log: silentLog,
      databaseUrl,
      migrate: false,
      seed: false,
      runJobs: false,
    });
    stack.subgraphUrls.participation = await restarted.listen(0);
    stack.servers.participation = restarted;
    await stack.servers.enforcement.orm.em.getConnection().execute(`update enforcement.outbox_message set next_attempt_at = now()`);
    await stack.servers.enforcement.runJobsOnce();
    await stack.servers.enforcement.orm.em
      .getConnection()
      .execute(`update enforcement.outbox_message set delivered_at = null, next_attempt_at = now() where payload->>'reportId' = ?`, [report.id]);
    await stack.servers.enforcement.runJobsOnce(); // a redelivery (at least once) must not apply twice

    const events = await restarted.orm.em
      .fork()
      .getConnection()
      .execute(`select to_status from participation.report_event where report_id = ? and note like '已立案%'`, [report.id]);
    expect(events).toEqual([{ to_status: 'IN_PROGRESS' }]);
    const [row] = await restarted.orm.em.fork().getConnection().execute('select status, case_id from participation.report where id = ?', [report.id]);
    expect(row).toEqual({ status: 'IN_PROGRESS', case_id: opened.data!.createCase.case.id });
  });
});
