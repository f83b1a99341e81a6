import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';

import { Client } from 'pg';

import { freePort } from '../../kernel/http/free-port';
import { stopChild } from '../../scripts/process-stack';
import { openCaseFromReport } from '../fixtures/open-case';
import { executeRaw } from '../harness/client';
import { createTestDatabase } from '../harness/database';
import { startOtlpReceiver } from '../harness/otlp-receiver';
import type { ReceivedSpan } from '../harness/otlp-receiver';
import { canSpawnProcesses, startSubgraphProcesses } from '../harness/subgraph-processes';
import type { SubgraphFleet } from '../harness/subgraph-processes';
import { TEST_IDENTITY_SECRET, TEST_JWT_SECRET } from '../harness/test-env';
import { tokenFor } from '../harness/tokens';

const ROOT = path.join(__dirname, '..', '..');
const THREE_SUBGRAPHS = `{ reports(first: 2) { edges { node { trackingCode grid { name unit { shortName } }
  assignedOfficer { name trainingHours(year: 2026) { totalHours } } } } } }`;

async function waitFor<T>(probe: () => T | undefined, what: () => string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) {
      return found;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every service a separate process, as deployed, exporting OTLP to a receiver of the test. */
(canSpawnProcesses() ? describe : describe.skip)('OpenTelemetry tracing across the gateway and the subgraphs', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let fleet: SubgraphFleet;
  let gateway: ChildProcess;
  let gatewayUrl: string;
  let output = '';
  let dropDatabase: () => Promise<void>;
  let databaseUrl: string;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    const db = await createTestDatabase({ seeded: true });
    dropDatabase = () => db.drop();
    databaseUrl = db.url;
    // a short metric interval: were the SDK to export metrics too, the receiver would see them during the tests
    const otel = {
      OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
      OTEL_METRIC_EXPORT_INTERVAL: '200',
    };
    fleet = await startSubgraphProcesses(db.url, 1, 120_000, otel);
    const port = await freePort();
    gateway = spawn(process.execPath, ['-r', '@swc-node/register', 'gateway/main.ts'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        GATEWAY_PORT: String(port),
        JWT_SECRET: TEST_JWT_SECRET,
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        ...fleet.urlEnv,
        ...otel,
      },
    });
    gateway.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    gateway.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    gatewayUrl = `http://127.0.0.1:${port}/graphql`;
    const deadline = Date.now() + 60_000;
    while (
      !(await fetch(`http://127.0.0.1:${port}/ready`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline || gateway.exitCode !== null) {
        throw new Error(`gateway did not start:\n${output.slice(-2000)}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 180_000);

  afterAll(async () => {
    await (gateway ? stopChild(gateway, 8000) : undefined);
    await fleet?.stop();
    await receiver?.stop();
    await dropDatabase?.();
  });

  it('records one trace with spans of the gateway and all three subgraphs for a three-subgraph query, each carrying the request id', async () => {
    const requestId = randomUUID();
    const admin = await tokenFor('ADMIN', 'admin-1');
    const res = await executeRaw(gatewayUrl, THREE_SUBGRAPHS, undefined, { authorization: `Bearer ${admin}`, 'x-request-id': requestId });
    expect(res.errors).toBeUndefined();

    const services = ['ceg-gateway', 'ceg-participation', 'ceg-enforcement', 'ceg-training'];
    const ofRequest = (): ReceivedSpan[] => {
      const root = receiver.spans.find((s) => s.service === 'ceg-gateway' && s.attributes['ceg.request_id'] === requestId);
      return root ? receiver.spans.filter((s) => s.traceId === root.traceId) : [];
    };
    // all services' HTTP spans with the request id, then a moment for the remaining batches
    await waitFor(
      () => (services.every((svc) => ofRequest().some((s) => s.service === svc && s.attributes['ceg.request_id'] === requestId)) ? true : undefined),
      () =>
        `spans of ${services.join(', ')} with request id ${requestId}; got ${JSON.stringify([...new Set(receiver.spans.map((s) => `${s.service}:${s.name}`))])}`,
    );
    await new Promise((r) => setTimeout(r, 500));
    const trace = ofRequest();

    expect(new Set(trace.map((s) => s.traceId)).size).toBe(1);
    expect([...new Set(trace.map((s) => s.service))].sort()).toEqual([...services].sort());
    for (const subgraph of ['ceg-participation', 'ceg-enforcement', 'ceg-training']) {
      const own = trace.filter((s) => s.service === subgraph);
      // the HTTP server span (a child of the gateway's subgraph call), GraphQL execution and the SQL statements
      expect({ subgraph, http: own.some((s) => s.kind === 2 && s.attributes['ceg.request_id'] === requestId) }).toEqual({ subgraph, http: true });
      expect({ subgraph, graphql: own.some((s) => s.name.startsWith('graphql.execute') || s.name.startsWith('query')) }).toEqual({ subgraph, graphql: true });
      expect({ subgraph, sql: own.some((s) => s.attributes['db.system'] === 'postgresql' || s.attributes['db.system.name'] === 'postgresql') }).toEqual({
        subgraph,
        sql: true,
      });
    }
    // every span but the gateway's root has its parent in the same trace: one tree, not four
    expect(receiver.refused).toEqual([]);
    const ids = new Set(trace.map((s) => s.spanId));
    expect(trace.filter((s) => s.parentSpanId && !ids.has(s.parentSpanId)).map((s) => `${s.service}:${s.name}`)).toEqual([]);
  }, 60_000);

  it('exports the documents clients send with their string literals redacted', async () => {
    const requestId = randomUUID();
    const res = await executeRaw(gatewayUrl, '{ merchantCreditSigns(first: 1, search: "张三 13900001111") { edges { node { name level } } } }', undefined, {
      'x-request-id': requestId,
    });
    expect(res.errors).toBeUndefined();
    const root = await waitFor(
      () => receiver.spans.find((s) => s.service === 'ceg-gateway' && s.attributes['ceg.request_id'] === requestId),
      () => 'the gateway span of the request',
    );
    const documents = await waitFor(
      () => {
        const found = receiver.spans.filter((s) => s.traceId === root.traceId && typeof s.attributes['graphql.document'] === 'string');
        return found.length > 0 ? found.map((s) => String(s.attributes['graphql.document'])) : undefined;
      },
      () => 'a span with the document',
    );
    expect(documents).toContainEqual(expect.stringMatching(/merchantCreditSigns\(first: ?1, search: ?"\?"\)/));
    await waitFor(
      () =>
        receiver.spans.some((s) => s.traceId === root.traceId && s.service === 'ceg-enforcement' && /merchant/.test(String(s.attributes['db.query.text'])))
          ? true
          : undefined,
      () => 'the search statement of the enforcement subgraph',
    );
    expect({ leaked: JSON.stringify(receiver.spans).includes('13900001111') }).toEqual({ leaked: false });
  }, 60_000);

  it('continues the trace of the request that wrote an outbox message in its delivery and in the consumer', async () => {
    const sql = new Client({ connectionString: databaseUrl });
    await sql.connect();
    const { rows } = await sql.query<{ id: string; grid_code: string }>(
      `update participation.report set status = 'DISPATCHED' where id = (select id from participation.report
         where grid_code is not null and case_id is null and status = 'IN_PROGRESS' order by submitted_at desc limit 1)
       returning id, grid_code`,
    );
    await sql.end();
    const opened = await openCaseFromReport(gatewayUrl, await tokenFor('ADMIN', 'admin-1'), rows[0]);
    expect(opened.errors).toBeUndefined();

    // the relay (a job of the enforcement process) delivers case.opened-from-report to participation
    const delivery = await waitFor(
      () => receiver.spans.find((s) => s.service === 'ceg-enforcement' && s.name === 'outbox deliver case.opened-from-report'),
      () => `an outbox delivery span; got ${JSON.stringify([...new Set(receiver.spans.map((s) => `${s.service}:${s.name}`))])}`,
    );
    const consumed = await waitFor(
      () =>
        receiver.spans.find((s) => s.name.startsWith('outbox consume') && s.attributes['messaging.message.id'] === delivery.attributes['messaging.message.id']),
      () => 'the consumer span of the same message',
    );
    await new Promise((r) => setTimeout(r, 500));
    const trace = receiver.spans.filter((s) => s.traceId === delivery.traceId);
    // one trace: the gateway's OpenCase request, the enforcement mutation, the delivery, participation applying it
    expect(consumed).toMatchObject({ service: 'ceg-participation', name: 'outbox consume case.opened-from-report', traceId: delivery.traceId });
    expect(trace.some((s) => s.service === 'ceg-gateway' && s.attributes['graphql.operation.name'] === 'OpenCase')).toBe(true);
    expect(new Set(trace.map((s) => s.service))).toEqual(new Set(['ceg-gateway', 'ceg-enforcement', 'ceg-participation']));
    // the case was inserted with its description written into the SQL; no span carries it
    const insert = trace.find((s) => s.service === 'ceg-enforcement' && /^insert into "enforcement"\."case"/.test(String(s.attributes['db.query.text'])));
    expect(insert).toBeDefined();
    expect({ leaked: JSON.stringify(receiver.spans).includes('市民随手拍反映店外经营') }).toEqual({ leaked: false });
    // traces only: no metrics or logs were exported (Prometheus and pino serve those)
    expect(receiver.refused).toEqual([]);
  }, 60_000);
});
