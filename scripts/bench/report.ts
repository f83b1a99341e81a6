/** The benchmark's table and ratios. */
import type { LoadResult } from './load';

export interface Row extends LoadResult {
  scenario: string;
  concurrency: number;
  target: 'ours' | 'apollo' | 'direct';
  sqlPerRequest: number;
  /** CPU time of the gateway process per request (ours or the peer). */
  gatewayCpuMs?: number;
  /** CPU time of all subgraph processes per request (background jobs included). */
  subgraphCpuMs: number;
  /** CPU time of PostgreSQL (postmaster and backends) per request. */
  postgresCpuMs: number;
  /** CPU time of the benchmark's own process per request: the load generator (its HTTP client, JSON, tokens). */
  clientCpuMs: number;
}

const num = (n: number | undefined, digits = 1, width = 7) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits)).padStart(width);

export function printTableHeader(): void {
  console.log(
    `\n${'scenario'.padEnd(46)} ${'c'.padStart(3)} ${'target'.padEnd(7)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'SQL/req'.padStart(7)} ${'gw CPU ms/req'.padStart(13)} ${'subgraphs CPU ms/req'.padStart(20)} ${'PG CPU'.padStart(6)} ${'client CPU'.padStart(10)} errors`,
  );
}

export function printRow(r: Row): void {
  console.log(
    `${r.scenario.padEnd(46)} ${String(r.concurrency).padStart(3)} ${r.target.padEnd(7)} ${num(r.rps, 0)} ${num(r.p50)} ${num(r.p99)} ${num(r.sqlPerRequest)} ${num(r.gatewayCpuMs, 2, 13)} ${num(r.subgraphCpuMs, 2, 20)} ${num(r.postgresCpuMs, 2, 6)} ${num(r.clientCpuMs, 2, 10)} ${r.errors}${r.firstError ? `  first: ${r.firstError.slice(0, 160)}` : ''}`,
  );
}

/** ours/peer throughput, ours/peer gateway CPU, gateway p50 / direct p50, per scenario and concurrency. */
export function printRatios(rows: Row[]): void {
  console.log(
    `\n${'ratios'.padEnd(46)} ${'c'.padStart(3)} ${'ours/apollo req/s'.padStart(17)} ${'ours/apollo gw CPU'.padStart(18)} ${'ours p50/direct p50'.padStart(19)}`,
  );
  const cells = new Map<string, Partial<Record<Row['target'], Row>>>();
  for (const r of rows) {
    const key = `${r.scenario}\u0000${r.concurrency}`;
    cells.set(key, { ...cells.get(key), [r.target]: r });
  }
  for (const [key, t] of cells) {
    const [scenario, c] = key.split('\u0000');
    const ratio = (a?: number, b?: number) => (a !== undefined && b ? a / b : undefined);
    console.log(
      `${scenario.padEnd(46)} ${c.padStart(3)} ${num(ratio(t.ours?.rps, t.apollo?.rps), 2, 17)} ${num(ratio(t.ours?.gatewayCpuMs, t.apollo?.gatewayCpuMs), 2, 18)} ${num(ratio(t.ours?.p50, t.direct?.p50), 2, 19)}`,
    );
  }
}
