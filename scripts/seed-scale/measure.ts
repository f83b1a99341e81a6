/**
 * Times the hot queries of issue 8 on a scaled database through each subgraph's GraphQL layer (in-process
 * executeOperation with a request scope, as the integration tests do): resolver, services, ORM and SQL.
 *   const rows = await measureScaleQueries({ databaseUrl, iterations: 30 });   // [{ name, p50, p95 }]
 * Also runnable: node -r @swc-node/register scripts/seed-scale/measure.ts <databaseUrl> [iterations]
 */
import 'reflect-metadata';

import { randomBytes } from 'node:crypto';

import { Client } from 'pg';

import type { Actor } from '../../kernel/auth/actor';
import { loadConfig } from '../../kernel/config/load-config';
import { createLogger } from '../../kernel/log/logger';
import { createSubgraphServer } from '../../kernel/server/create-subgraph-server';
import type { SubgraphServer } from '../../kernel/server/create-subgraph-server';
import { enforcement } from '../../subgraphs/enforcement';
import { participation } from '../../subgraphs/participation';
import { training } from '../../subgraphs/training';
import { LONG_TIMELINE_CASE_ID } from './scale-plan';

export interface QueryTiming {
  name: string;
  p50: number;
  p95: number;
}

export interface MeasureOptions {
  databaseUrl: string;
  /** Timed runs per query after the warm-up runs (default 30). */
  iterations?: number;
  /** Untimed runs per query first (JIT, plan and relation caches; default 5). */
  warmup?: number;
  /** The year the statistics cover (default: last full year). */
  year?: number;
  log?: (line: string) => void;
}

const ADMIN: Actor = { subject: 'measure-admin', roles: ['ADMIN'], unitId: null, departmentId: null, name: 'measure' };

const CASES = `query($filter: CaseFilter) { cases(first: 20, filter: $filter) {
  totalCount edges { cursor node { id number status occurredAt track } } pageInfo { hasNextPage endCursor } } }`;
const ENFORCEMENT_STATS = `query($period: StatsPeriodInput!, $unitId: ID) { enforcementStats(period: $period, unitId: $unitId) {
  totalCases byTrack { track cases share } dueInPeriod closedOnTime onTimeClosureRate reworkRate averageHandlingHours
  repeatViolationRate recordingCoverage followUpRate whistleSlaCompliance } }`;
const PARTICIPATION_STATS = `query($period: PeriodInput!) { participationStats(period: $period) {
  reportCount duplicateCount byStatus { status count } averageFirstResponseHours resolutionRate validReportShare averageRating ratingCount } }`;
const COMPLIANCE = `query($year: Int!) { trainingCompliance(year: $year) {
  overall { officerCount hoursMetCount hoursCoverage quotasMetCount overdueAssignments newHireCoverage }
  byUnit { unit { id } stats { officerCount hoursMetCount } } gaps { officer { id } totalHours missedQuotas } } }`;
const TIMELINE = `query($id: ID!) { case(id: $id) { timelineVerified { valid firstBrokenEventId } } }`;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function run(server: SubgraphServer, query: string, variables: Record<string, unknown>): Promise<void> {
  const res = await server.apollo.executeOperation({ query, variables }, { contextValue: server.createScope(ADMIN) });
  if (res.body.kind !== 'single' || res.body.singleResult.errors) {
    throw new Error(`measure: ${JSON.stringify(res.body.kind === 'single' ? res.body.singleResult.errors : res.body.kind)}`);
  }
}

/** Picks the filter values from the data (the busiest unit and violation type), so any scale data set works. */
async function pickTargets(databaseUrl: string) {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const unit = await db.query<{ id: string }>(`select unit_id as id from enforcement.case_tally group by 1 order by sum(n) desc limit 1`);
    const vt = await db.query<{ code: string }>(`select violation_type_code as code from enforcement.case_tally group by 1 order by sum(n) desc limit 1`);
    return { unitId: unit.rows[0]?.id ?? null, violationTypeCode: vt.rows[0]?.code ?? null };
  } finally {
    await db.end();
  }
}

export async function measureScaleQueries(options: MeasureOptions): Promise<QueryTiming[]> {
  const iterations = options.iterations ?? 30;
  const warmup = options.warmup ?? 5;
  const year = options.year ?? new Date().getUTCFullYear() - 1;
  const log = options.log ?? (() => undefined);
  const period = { from: `${year}-01-01T00:00:00+08:00`, to: `${year + 1}-01-01T00:00:00+08:00` };
  const config = loadConfig({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    JWT_SECRET: randomBytes(24).toString('hex'),
    IDENTITY_SECRET: randomBytes(24).toString('hex'),
    DATABASE_URL: options.databaseUrl,
    SEED_DEMO_DATA: 'never',
  });
  const silent = createLogger('silent', 'measure');
  const servers = await Promise.all(
    [enforcement, participation, training].map((def) =>
      createSubgraphServer(def, { config, log: silent, databaseUrl: options.databaseUrl, migrate: false, seed: false, runJobs: false }),
    ),
  );
  const [enf, par, trn] = servers as [SubgraphServer, SubgraphServer, SubgraphServer];
  const { unitId, violationTypeCode } = await pickTargets(options.databaseUrl);
  const cases: [string, SubgraphServer, string, Record<string, unknown>][] = [
    ['cases first page + totalCount, no filter', enf, CASES, {}],
    ['cases first page + totalCount, unit', enf, CASES, { filter: { unitId } }],
    ['cases first page + totalCount, status CLOSED', enf, CASES, { filter: { status: 'CLOSED' } }],
    ['cases first page + totalCount, violation type', enf, CASES, { filter: { violationTypeCode } }],
    ['cases first page + totalCount, period (one year)', enf, CASES, { filter: { occurredFrom: period.from, occurredTo: period.to } }],
    ['enforcementStats one year, city-wide', enf, ENFORCEMENT_STATS, { period }],
    ['enforcementStats one year, one unit', enf, ENFORCEMENT_STATS, { period, unitId }],
    ['participationStats one year', par, PARTICIPATION_STATS, { period }],
    ['trainingCompliance one year, city-wide', trn, COMPLIANCE, { year }],
    ['timelineVerified, 200-event case', enf, TIMELINE, { id: LONG_TIMELINE_CASE_ID }],
  ];
  const results: QueryTiming[] = [];
  try {
    for (const [name, server, query, variables] of cases) {
      const times: number[] = [];
      for (let i = 0; i < iterations + warmup; i += 1) {
        const started = process.hrtime.bigint();
        await run(server, query, variables);
        if (i >= warmup) {
          times.push(Number(process.hrtime.bigint() - started) / 1e6);
        }
      }
      times.sort((a, b) => a - b);
      const row = { name, p50: Math.round(percentile(times, 50) * 10) / 10, p95: Math.round(percentile(times, 95) * 10) / 10 };
      log(`${name.padEnd(52)} p50 ${String(row.p50).padStart(7)} ms   p95 ${String(row.p95).padStart(7)} ms`);
      results.push(row);
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  return results;
}

if (require.main === module) {
  const [url, n] = process.argv.slice(2);
  if (!url) {
    console.error('usage: measure.ts <databaseUrl> [iterations]');
    process.exit(2);
  }
  measureScaleQueries({ databaseUrl: url, iterations: n ? Number(n) : 30, log: (line) => console.log(line) }).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
