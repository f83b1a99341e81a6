/**
 * `npm run bench`: starts the whole stack on a throw-away embedded PostgreSQL with demo data and prints
 * throughput, latency percentiles, SQL statements per request and memory for frontend-shaped operations.
 * Loopback only; bounded request counts. Options: --requests N (default 400) --concurrency C (default 8).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { signDevToken } from '../kernel/auth/dev-token';
import { loadConfig } from '../kernel/config/load-config';
import { freePort } from '../kernel/http/free-port';
import { createLogger } from '../kernel/log/logger';
import { startLocalStack } from './local-stack';

interface Scenario {
  name: string;
  query: string;
  variables?: () => object;
  token?: string | (() => string);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function runScenario(url: string, s: Scenario, requests: number, concurrency: number) {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const t = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(s.token ? { authorization: `Bearer ${typeof s.token === 'function' ? s.token() : s.token}` } : {}) },
        body: JSON.stringify({ query: s.query, variables: s.variables?.() }),
      });
      const body = (await res.json()) as { errors?: unknown[] };
      latencies.push(performance.now() - t);
      if (body.errors) {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: requests / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), errors };
}

async function main() {
  const { values } = parseArgs({ options: { requests: { type: 'string', default: '400' }, concurrency: { type: 'string', default: '8' } } });
  const requests = Number(values.requests);
  const concurrency = Number(values.concurrency);
  const dir = mkdtempSync(path.join(tmpdir(), 'ceg-bench-'));
  chmodSync(dir, 0o755);
  const secret = randomBytes(32).toString('hex');
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    HOST: '127.0.0.1',
    JWT_SECRET: secret,
    IDENTITY_SECRET: randomBytes(32).toString('hex'),
    EMBEDDED_PG_DIR: path.join(dir, 'pg'),
    EMBEDDED_PG_PORT: String(await freePort()),
  });
  const log = createLogger('silent', 'bench');
  const t0 = performance.now();
  // background jobs off: their idle polling would be counted as request statements
  const stack = await startLocalStack(config, log, { ephemeralPorts: true, runJobs: false });
  const startupMs = performance.now() - t0;
  const admin = await signDevToken({ sub: 'bench-admin', roles: ['ADMIN'] }, secret, 'development');
  // submissions are rate-limited per caller (5 per 10 minutes): each request comes from another signed-in citizen
  const citizens = await Promise.all(
    Array.from({ length: requests + 50 }, (_, i) => signDevToken({ sub: `bench-citizen-${i}`, roles: ['CITIZEN'] }, secret, 'development')),
  );
  let n = 0;
  let c = 0;
  const scenarios: Scenario[] = [
    { name: 'catalogue: 20 violation types (anonymous)', query: '{ violationTypes(first: 20) { edges { node { code nameZh fineMinYuan fineMaxYuan onExemptionList } } } }' },
    {
      name: 'roster: 50 officers + unit + parent + grids',
      query: '{ officers(first: 50) { edges { node { id name badgeNumber phone unit { shortName parent { shortName } } grids { code name } } } } }',
      token: admin,
    },
    {
      name: 'report desk: 50 reports × 3 subgraphs',
      query:
        '{ reports(first: 50) { edges { node { trackingCode status grid { code name unit { shortName } responsibleOfficer { name } } assignedOfficer { name trainingHours(year: 2026) { totalHours met } } } } } }',
      token: admin,
    },
    {
      name: 'submitReport (citizen mutation)',
      token: () => citizens[c++ % citizens.length]!,
      query: 'mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { trackingCode } } }',
      variables: () => ({
        input: { category: 'LITTERING', description: '基准测试：河边步道有垃圾', location: { lat: 29.185, lng: 119.445, address: '兰溪市中洲公园' }, photoUris: [], idempotencyKey: `bench-${(n += 1)}-${Date.now()}` },
      }),
    },
  ];
  console.log(`\nCivic Enforcement Graph benchmark — ${requests} requests per scenario, concurrency ${concurrency}, loopback`);
  console.log(`startup (fresh embedded PostgreSQL, migrations, demo data, 3 subgraphs, gateway): ${startupMs.toFixed(0)} ms\n`);
  console.log('scenario                                        req/s   p50 ms  p95 ms  p99 ms  SQL/req  errors');
  for (const s of scenarios) {
    await runScenario(stack.gatewayUrl, s, Math.min(40, requests), concurrency); // warm-up
    stack.servers.forEach((srv) => srv.sql.reset());
    const r = await runScenario(stack.gatewayUrl, s, requests, concurrency);
    const sql = stack.servers.reduce((sum, srv) => sum + srv.sql.total, 0) / requests;
    console.log(
      `${s.name.padEnd(46)} ${r.rps.toFixed(0).padStart(6)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(7)} ${r.p99.toFixed(1).padStart(7)} ${sql.toFixed(1).padStart(8)} ${String(r.errors).padStart(7)}`,
    );
  }
  const mem = process.memoryUsage();
  console.log(`\nmemory (gateway + 3 subgraphs in one process): rss ${(mem.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  await stack.stop();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
