import { Client } from 'pg';

import { createGateway } from '../../gateway/create-gateway';
import type { Gateway } from '../../gateway/create-gateway';
import { ReportDeskDocument } from '../__generated__/graphql';
import { openCaseFromReport } from '../fixtures/open-case';
import { execute } from '../harness/client';
import { createTestDatabase } from '../harness/database';
import type { TestDatabase } from '../harness/database';
import { canSpawnProcesses, startSubgraphProcesses } from '../harness/subgraph-processes';
import type { SubgraphFleet, SubgraphInstance } from '../harness/subgraph-processes';
import { silentLog, testConfig } from '../harness/test-env';
import { tokenFor } from '../harness/tokens';

const CASES = 16;
const READS = 48;

interface Health {
  instance: string;
  graphqlRequests: number;
  jobRuns: Record<string, number>;
}

const health = async (i: SubgraphInstance) => (await (await fetch(`${i.base}/health`)).json()) as Health;

/** Runs `tasks` with at most `concurrency` in flight. */
async function pool<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const k = next++;
      results[k] = await tasks[k]();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

async function until<T>(what: string, probe: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) {
      if (!done(value)) {
        throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
      }
      return value;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Work for the background jobs and the outbox, written before the instances start. */
async function prepare(sql: Client) {
  const reports = await sql.query<{ id: string; grid_code: string }>(
    `update participation.report set status = 'DISPATCHED'
      where id in (select id from participation.report where status = 'CLOSED' and grid_code is not null and case_id is null
                   order by submitted_at desc limit ${CASES})
      returning id, grid_code`,
  );
  const lapsing = await sql.query<{ id: string; case_id: string }>(
    `update enforcement.disposition set labor_status = 'ASSIGNED', labor_due_at = now() - interval '1 day'
      where id in (select distinct on (case_id) id from enforcement.disposition where kind = 'LABOR_IN_LIEU' order by case_id, id limit 6)
      returning id, case_id`,
  );
  const submitted = await sql.query<{ id: string }>(`select id from participation.report where status = 'SUBMITTED' and grid_code is null`);
  await sql.query(`delete from training.officer_notification`); // both instances' notification jobs store them again
  return { reports: reports.rows, lapsing: lapsing.rows, submitted: submitted.rows.map((r) => r.id) };
}

const spawnable = canSpawnProcesses();
if (!spawnable) {
  console.warn('scale-out e2e skipped: this machine does not let the test start child processes');
}

(spawnable ? describe : describe.skip)('two instances of every subgraph, as separate processes, behind one gateway', () => {
  let db: TestDatabase;
  let sql: Client;
  let fleet: SubgraphFleet;
  let gateway: Gateway;
  let gatewayUrl: string;
  let admin: string;
  let work: Awaited<ReturnType<typeof prepare>>;
  const of = (name: string) => fleet.instances.filter((i) => i.name === name);

  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    sql = new Client({ connectionString: db.url });
    await sql.connect();
    work = await prepare(sql);
    fleet = await startSubgraphProcesses(db.url, 2);
    gateway = createGateway(testConfig(fleet.urlEnv), silentLog);
    gatewayUrl = await gateway.listen(0);
    admin = await tokenFor('ADMIN', 'admin-scale-out');
  }, 120_000);

  afterAll(async () => {
    await gateway?.stop();
    await fleet?.stop();
    await sql?.end();
    await db?.drop();
  }, 30_000);

  it('names each instance in the x-instance header and in /health', async () => {
    for (const instance of fleet.instances) {
      const res = await fetch(`${instance.base}/health`);
      expect({ header: res.headers.get('x-instance'), body: ((await res.json()) as Health).instance }).toEqual({
        header: instance.instanceId,
        body: instance.instanceId,
      });
    }
  });

  it('spreads gateway requests across both instances of every subgraph', async () => {
    const before = await Promise.all(fleet.instances.map(health));
    const answers = await pool(
      Array.from({ length: READS }, () => () => execute(gatewayUrl, ReportDeskDocument, { first: 10, year: 2026 }, { token: admin })),
      8,
    );
    expect(answers.filter((a) => a.errors)).toEqual([]);
    const after = await Promise.all(fleet.instances.map(health));
    const served = fleet.instances.map((i, k) => ({ instance: i.instanceId, name: i.name, n: after[k].graphqlRequests - before[k].graphqlRequests }));
    for (const name of ['enforcement', 'participation', 'training']) {
      const mine = served.filter((s) => s.name === name);
      const total = mine.reduce((n, s) => n + s.n, 0);
      // least-in-flight with round-robin ties: each instance takes a fair share, none idles
      mine.forEach((s) => expect({ ...s, fair: s.n >= total * 0.25 }).toEqual({ ...s, fair: true }));
    }
  });

  it('delivers every outbox message exactly once while both producers and both consumers run', async () => {
    const opened = await pool(
      work.reports.map((report) => () => openCaseFromReport(gatewayUrl, admin, report)),
      8,
    );
    expect(opened.filter((o) => o.errors).map((o) => o.errors)).toEqual([]);
    const ids = work.reports.map((r) => r.id);
    await until(
      'messages delivered',
      async () =>
        (await sql.query(`select count(*)::int n from enforcement.outbox_message where delivered_at is not null and payload->>'reportId' = any($1)`, [ids]))
          .rows[0].n,
      (n) => n === CASES,
    );
    const outbox = await sql.query(`select id, attempts from enforcement.outbox_message where payload->>'reportId' = any($1)`, [ids]);
    expect(outbox.rows.map((r) => r.attempts)).toEqual(Array(CASES).fill(1)); // one POST per message
    const inbox = await sql.query(`select count(*)::int n from participation.inbox_message where id = any($1)`, [outbox.rows.map((r) => r.id)]);
    expect(inbox.rows[0].n).toBe(CASES);
    const effects = await sql.query(
      `select r.id, r.case_id is not null as linked, r.status, (select count(*)::int from participation.report_event e where e.report_id = r.id and e.note like '已立案%') as notes
         from participation.report r where r.id = any($1)`,
      [ids],
    );
    expect(effects.rows.map(({ linked, status, notes }) => ({ linked, status, notes }))).toEqual(
      Array(CASES).fill({ linked: true, status: 'IN_PROGRESS', notes: 1 }),
    );
  });

  it('runs the background jobs on both instances without applying a change twice', async () => {
    const jobsOf = {
      enforcement: ['outbox-relay', 'labor-lapse'],
      participation: ['outbox-relay', 'report-dispatch', 'activity-auto-check-out'],
      training: ['outbox-relay', 'training-notifications'],
    };
    for (const [name, jobs] of Object.entries(jobsOf)) {
      for (const instance of of(name)) {
        const runs = (
          await until(
            `${instance.instanceId} jobs`,
            () => health(instance),
            (h) => jobs.every((j) => (h.jobRuns[j] ?? 0) > 0),
          )
        ).jobRuns;
        expect({ instance: instance.instanceId, ran: jobs.filter((j) => (runs[j] ?? 0) > 0) }).toEqual({ instance: instance.instanceId, ran: jobs });
      }
    }
    const lapsed = await sql.query(
      `select d.labor_status, (select count(*)::int from enforcement.case_event e where e.case_id = d.case_id and e.action = 'LABOR_LAPSED') as events
         from enforcement.disposition d where d.id = any($1)`,
      [work.lapsing.map((d) => d.id)],
    );
    expect(lapsed.rows).toEqual(Array(work.lapsing.length).fill({ labor_status: 'LAPSED', events: 1 }));
    const dispatched = await until(
      'reports dispatched',
      async () =>
        (
          await sql.query(
            `select r.status, r.needs_manual_triage, (select count(*)::int from participation.report_event e where e.report_id = r.id and e.to_status = 'DISPATCHED') as events
               from participation.report r where r.id = any($1)`,
            [work.submitted],
          )
        ).rows,
      (rows) => rows.every((r) => r.status !== 'SUBMITTED' || r.needs_manual_triage),
    );
    expect(dispatched.filter((r) => r.status === 'DISPATCHED').map((r) => r.events)).toEqual(dispatched.filter((r) => r.status === 'DISPATCHED').map(() => 1));
    const notices = await sql.query(
      `select count(*)::int as stored, count(distinct (officer_id, dedup_key))::int as distinct from training.officer_notification`,
    );
    expect(notices.rows[0].stored).toBeGreaterThan(0);
    expect(notices.rows[0].stored).toBe(notices.rows[0].distinct);
  });

  it('keeps answering queries when one instance of a subgraph is gone', async () => {
    const [gone] = of('enforcement');
    gone.process.kill('SIGKILL');
    await new Promise((r) => gone.process.once('exit', r));
    const answers = await pool(
      Array.from({ length: 12 }, () => () => execute(gatewayUrl, ReportDeskDocument, { first: 5, year: 2026 }, { token: admin })),
      4,
    );
    expect(answers.map((a) => a.errors ?? 'ok')).toEqual(Array(12).fill('ok'));
  });
});
