import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { ReportDeskDocument } from '../__generated__/graphql';
import { execute, executeRaw } from '../harness/client';
import { sample, scrape } from '../harness/metrics-text';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

describe('Prometheus /metrics on the gateway and every subgraph', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    const token = await tokenFor('ADMIN', 'admin-1');
    await execute(stack.gatewayUrl, ReportDeskDocument, { first: 50, year: 2026 }, { token });
    await executeRaw(stack.gatewayUrl, 'query Broken { nope }');
    await executeRaw(stack.gatewayUrl, 'query Missing { gridCell(code: "NOPE") { code } }');
  });
  afterAll(() => stack.stop());

  it('counts a three-subgraph request in the gateway, per operation and per subgraph', async () => {
    const { status, type, text } = await scrape(stack.gatewayUrl);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain/);
    expect(sample(text, 'graphql_envelop_request_duration_count', { operationName: 'ReportDesk' })).toBe(1);
    for (const subgraphName of ['enforcement', 'participation', 'training']) {
      expect({ subgraphName, calls: sample(text, 'graphql_gateway_subgraph_execute_duration_count', { subgraphName }) }).toEqual({
        subgraphName,
        calls: expect.any(Number),
      });
    }
    expect(sample(text, 'ceg_gateway_http_requests_total', { status: '200' })).toBeGreaterThanOrEqual(2);
  });

  it('counts the errors answered by extensions.code, in the gateway and in the subgraph that raised them', async () => {
    const gateway = (await scrape(stack.gatewayUrl)).text;
    expect(sample(gateway, 'ceg_gateway_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(gateway, 'ceg_gateway_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    const enforcement = (await scrape(stack.subgraphUrls.enforcement)).text;
    expect(sample(enforcement, 'ceg_subgraph_errors_total', { code: 'NOT_FOUND', subgraph: 'enforcement' })).toBe(1);
    // the Rust planner sends the desk's enforcement calls as two requests, the JavaScript planner batches them into one
    expect(sample(enforcement, 'ceg_subgraph_requests_total', { status: '200' })).toBeGreaterThanOrEqual(1);
  });

  it('shows the database pool of each subgraph', async () => {
    for (const [name, url] of Object.entries(stack.subgraphUrls)) {
      const text = (await scrape(url)).text;
      expect({ name, max: sample(text, 'ceg_db_pool_connections', { state: 'max' }) }).toEqual({ name, max: 4 });
    }
  });

  it('shows the outbox backlog, the age of the oldest undelivered message and the dead ones, then the relay run', async () => {
    const db = stack.servers.training.orm.em.fork().getConnection();
    await db.execute(
      `insert into training.outbox_message (id, destination, topic, payload, created_at, next_attempt_at) values (?, 'nowhere', 'test.pending', '{}', now() - interval '90 seconds', now() + interval '1 hour')`,
      [randomUUID()],
    );
    await db.execute(`insert into training.outbox_message (id, destination, topic, payload, dead_at) values (?, 'nowhere', 'test.dead', '{}', now())`, [
      randomUUID(),
    ]);
    const before = (await scrape(stack.subgraphUrls.training)).text;
    expect(sample(before, 'ceg_outbox_backlog')).toBe(1);
    expect(sample(before, 'ceg_outbox_oldest_undelivered_seconds')).toBeGreaterThanOrEqual(90);
    expect(sample(before, 'ceg_outbox_dead')).toBe(1);
    expect(sample(before, 'ceg_job_runs_total', { job: 'outbox-relay' })).toBeUndefined();

    await stack.servers.training.runJobsOnce();
    const after = (await scrape(stack.subgraphUrls.training)).text;
    expect(sample(after, 'ceg_job_runs_total', { job: 'outbox-relay', result: 'ok' })).toBe(1);
    expect(sample(after, 'ceg_job_seconds_since_success', { job: 'outbox-relay' })).toBeLessThan(5);
  });

  it('serves every metric the sample Grafana dashboard graphs', async () => {
    const dashboard = readFileSync(path.join(__dirname, '..', '..', 'ops', 'grafana', 'civic-enforcement-graph.json'), 'utf8');
    const wanted = [...new Set(dashboard.match(/\b(?:graphql|ceg|process|nodejs)_[a-z_]+/g))];
    const served = (await Promise.all([stack.gatewayUrl, ...Object.values(stack.subgraphUrls)].map(async (url) => (await scrape(url)).text))).join('\n');
    expect(wanted.length).toBeGreaterThan(10);
    expect(wanted.filter((name) => !new RegExp(`^${name}[{ ]`, 'm').test(served))).toEqual([]);
  });
});
