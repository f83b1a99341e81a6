/**
 * `npm run bench`: the whole stack as separate processes (3 subgraphs + our gateway) on a throw-away embedded
 * PostgreSQL with the demo data, plus `@apollo/gateway` over the same running subgraphs as the reference. For each
 * scenario and concurrency it prints, side by side: req/s, p50, p99, SQL statements per request and the gateway
 * process's own CPU time per request, the subgraphs', PostgreSQL's and the load generator's (where the two cores go),
 * for our gateway, the peer and (single-subgraph scenarios) the subgraph
 * directly; then the ratios. Loopback only; every loop is bounded by its request count.
 * Options: --requests N (1000) --warmup N (requests per cell before measuring, 1000: the JIT's steady state)
 * --concurrency 8,32 --only <text> --no-peer --scale --cases N (1000000)
 * --profile DIR (every service writes a V8 CPU profile there when it stops) --planner javascript|rust
 * --single-process (all services in one process, as before: the CPU columns then both count that process)
 * --subgraphs-together (the four subgraphs in one process beside the gateway's: two processes)
 * --service-flags "--max-old-space-size=160 …" (Node flags for every service process)
 * --service-env "METRICS_ENABLED=false,LOG_LEVEL=warn" (variables for every service, to compare a feature off and on)
 * --statements (under each row, the statements that took most of PostgreSQL's execution time, per request).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import type { Actor } from '../kernel/auth/actor';
import { signDevToken } from '../kernel/auth/dev-token';
import { IDENTITY_HEADER, signIdentity } from '../kernel/auth/identity';
import { withDatabase } from '../kernel/db/database-url';
import { startEmbeddedPostgres } from '../kernel/db/embedded-postgres';
import { createDatabaseIfMissing } from '../kernel/db/provision';
import { freePort } from '../kernel/http/free-port';
import { runLoad } from './bench/load';
import type { LoadRequest, LoadResult } from './bench/load';
import { cpuMs, postgresCpuMs, pssMiB, rssMiB } from './bench/proc-stats';
import { ADMIN, scenarios } from './bench/scenarios';
import type { Scenario } from './bench/scenarios';
import { prepareOfficers } from './bench/setup';
import { SqlStatements } from './bench/sql-stats';
import { seedScale } from './seed-scale';
import { measureScaleQueries } from './seed-scale/measure';
import { printRatios, printRow, printTableHeader } from './bench/report';
import type { Row } from './bench/report';
import { nodeFlags, spawnService, startProcessStack, startSingleProcessStack, stopChild, waitUntilReady } from './process-stack';

const { values: opts } = parseArgs({
  options: {
    requests: { type: 'string', default: '1000' },
    warmup: { type: 'string', default: '1000' },
    concurrency: { type: 'string', default: '8,32' },
    only: { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
    scale: { type: 'boolean', default: false },
    cases: { type: 'string', default: '1000000' },
    profile: { type: 'string' },
    planner: { type: 'string', default: 'rust' },
    'single-process': { type: 'boolean', default: false },
    'subgraphs-together': { type: 'boolean', default: false },
    'service-flags': { type: 'string', default: '' },
    'service-env': { type: 'string', default: '' },
    statements: { type: 'boolean', default: false },
  },
});

async function main() {
  const requests = Number(opts.requests);
  const levels = opts.concurrency.split(',').map(Number);
  const dir = mkdtempSync(path.join(tmpdir(), 'ceg-bench-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({
    dir: path.join(dir, 'pg'),
    port: await freePort(),
    persistent: false,
    settings: ['shared_preload_libraries=pg_stat_statements'],
  });
  await createDatabaseIfMissing(pg.adminUrl, 'bench');
  const databaseUrl = withDatabase(pg.adminUrl, 'bench');
  const secrets = { JWT_SECRET: randomBytes(32).toString('hex'), IDENTITY_SECRET: randomBytes(32).toString('hex') };
  const nodeArgs = [...(opts.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(opts.profile)}`] : []), ...nodeFlags(opts['service-flags'])];
  const serviceEnv = Object.fromEntries(
    opts['service-env']
      .split(',')
      .filter(Boolean)
      .map((pair) => pair.split('=', 2) as [string, string]),
  );
  const env = { NODE_ENV: 'production', LOG_LEVEL: 'info', HOST: '127.0.0.1', QUERY_PLANNER: opts.planner, ...secrets, ...serviceEnv };
  const t0 = performance.now();
  const stack = await (opts['single-process'] ? startSingleProcessStack : startProcessStack)({
    env,
    databaseUrl,
    ports: 'free',
    output: 'ignore',
    nodeArgs,
    subgraphsTogether: opts['subgraphs-together'],
  });
  const startupMs = performance.now() - t0;
  const subgraphUrl = Object.fromEntries(stack.subgraphs.map((s) => [s.name, s.url]));
  const peerPort = await freePort();
  const peer = opts['no-peer']
    ? undefined
    : spawnService(
        'scripts/bench/apollo-peer',
        [String(peerPort)],
        { ...env, ...Object.fromEntries(stack.subgraphs.map((s) => [`${s.name.toUpperCase()}_URL`, s.url])) },
        'inherit',
        nodeArgs,
      );
  const peerUrl = `http://127.0.0.1:${peerPort}/graphql`;
  const sql = await SqlStatements.connect(databaseUrl);
  try {
    if (peer) {
      await waitUntilReady(peer, 'apollo peer', peerUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
    }
    const tokens = new Map<string, Promise<string>>();
    const tokenOf = (a: Actor) => {
      const key = JSON.stringify(a);
      if (!tokens.has(key)) {
        tokens.set(key, signDevToken({ sub: a.subject!, roles: a.roles, unit: a.unitId ?? undefined }, secrets.JWT_SECRET, 'development'));
      }
      return tokens.get(key)!;
    };
    const viaGateway =
      (s: Scenario) =>
      async (i: number, w: number): Promise<LoadRequest> => {
        const a = s.actor?.(i, w);
        return { body: JSON.stringify({ query: s.query, variables: s.variables?.(i, w) }), headers: a ? { authorization: `Bearer ${await tokenOf(a)}` } : {} };
      };
    const direct =
      (s: Scenario) =>
      async (i: number, w: number): Promise<LoadRequest> => {
        const a = s.actor?.(i, w) ?? { subject: null, roles: [], unitId: null, departmentId: null, name: null };
        const body = JSON.stringify({ query: s.query, variables: s.variables?.(i, w) });
        return { body, headers: { [IDENTITY_HEADER]: signIdentity(a, `bench-${i}-${w}`, secrets.IDENTITY_SECRET, Date.now(), undefined, body) } };
      };
    if (opts.scale) {
      const summary = await seedScale(databaseUrl, { cases: Number(opts.cases), log: (line) => console.log(line) });
      console.log(
        `\nscale data set: ${summary.cases} cases, ${summary.reports} reports, ${summary.officers} officers, ${summary.parties} parties, loaded in ${summary.seconds.toFixed(0)} s`,
      );
      console.log(`\n${'hot query at scale (GraphQL layer, 30 runs)'.padEnd(60)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`);
      for (const q of await measureScaleQueries({ databaseUrl, iterations: 30 })) {
        console.log(`${q.name.padEnd(60)} ${q.p50.toFixed(1).padStart(8)} ${q.p95.toFixed(1).padStart(8)}`);
      }
    }
    const officers = await prepareOfficers(stack.gateway.url, await tokenOf(ADMIN), tokenOf, Math.max(...levels));
    const idleSqlPerSecond = await sql.idleRate();

    console.log(`\nCivic Enforcement Graph benchmark — ${new Date().toISOString().slice(0, 10)}, ${requests} requests per cell, loopback`);
    console.log(
      `stack: ${opts['single-process'] ? 'one process for all services' : opts['subgraphs-together'] ? 'the four subgraphs in one process + gateway process' : `${stack.subgraphs.length} subgraph processes + gateway process`} (NODE_ENV=production, ${opts.planner} planner), startup ${startupMs.toFixed(0)} ms; background jobs' idle SQL ${idleSqlPerSecond.toFixed(1)}/s subtracted`,
    );
    printTableHeader();
    const rows: Row[] = [];
    const measure = async (s: Scenario, c: number, target: Row['target'], url: string, make: (i: number, w: number) => Promise<LoadRequest>, pid?: number) => {
      await runLoad(url, make, Number(opts.warmup), c); // warm-up: plans, caches, JIT
      const subgraphCpu = () => [...new Set(stack.subgraphs.map((p) => p.child.pid!))].reduce((n, pid) => n + cpuMs(pid), 0);
      const pgCpu = () => postgresCpuMs(path.join(dir, 'pg'));
      const clientCpu = () => {
        const u = process.cpuUsage();
        return (u.user + u.system) / 1000;
      };
      if (opts.statements) {
        await sql.reset();
      }
      const [sql0, cpu0, sg0, pg0, cl0] = [await sql.total(), pid ? cpuMs(pid) : 0, subgraphCpu(), pgCpu(), clientCpu()];
      const r: LoadResult = await runLoad(url, make, requests, c);
      const [cl1, pg1, sg1, cpu1, sql1] = [clientCpu(), pgCpu(), subgraphCpu(), pid ? cpuMs(pid) : 0, await sql.total()];
      const row: Row = {
        scenario: s.name,
        concurrency: c,
        target,
        ...r,
        sqlPerRequest: (sql1 - sql0 - idleSqlPerSecond * r.seconds) / requests,
        gatewayCpuMs: pid ? (cpu1 - cpu0) / requests : undefined,
        subgraphCpuMs: (sg1 - sg0) / requests,
        postgresCpuMs: (pg1 - pg0) / requests,
        clientCpuMs: (cl1 - cl0) / requests,
      };
      rows.push(row);
      printRow(row);
      if (opts.statements) {
        for (const t of await sql.top(requests)) {
          console.log(`    ${t.calls.toFixed(2)} calls ${t.ms.toFixed(3)} ms ${t.rows.toFixed(1)} rows /req  ${t.query.slice(0, 150)}`);
        }
      }
    };
    for (const s of scenarios({ officers }).filter((x) => !opts.only || x.name.includes(opts.only))) {
      for (const c of levels) {
        await measure(s, c, 'ours', stack.gateway.url, viaGateway(s), stack.gateway.child.pid);
        if (peer) {
          await measure(s, c, 'apollo', peerUrl, viaGateway(s), peer.pid);
        }
        if (s.direct) {
          await measure(s, c, 'direct', subgraphUrl[s.direct], direct(s));
        }
      }
    }
    printRatios(rows);
    const processes = [stack.gateway, ...stack.subgraphs].filter((p, i, all) => all.findIndex((q) => q.child === p.child) === i);
    printMemory('memory right after the benchmark', processes);
    // V8's memory reducer gives back the garbage of the load once a process has been idle for a few seconds.
    await new Promise((r) => setTimeout(r, MEMORY_SETTLE_MS));
    printMemory(`memory after ${MEMORY_SETTLE_MS / 1000} s idle`, processes);
  } finally {
    await sql.close();
    if (peer) {
      await stopChild(peer);
    }
    await stack.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const MEMORY_SETTLE_MS = 15_000;

/** RSS / PSS of each service process; PSS counts pages shared between the services once, so it sums honestly. */
function printMemory(when: string, processes: { name: string; child: { pid?: number } }[]): void {
  const services = processes.map((p) => ({ name: p.name, rss: rssMiB(p.child.pid!), pss: pssMiB(p.child.pid!) }));
  const sum = (k: 'rss' | 'pss') => services.reduce((n, p) => n + p[k], 0).toFixed(0);
  console.log(
    `\n${when}, MiB (RSS / PSS): ${services.map((p) => `${p.name} ${p.rss.toFixed(0)} / ${p.pss.toFixed(0)}`).join(', ')}; services total RSS ${sum('rss')}, PSS ${sum('pss')}`,
  );
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
