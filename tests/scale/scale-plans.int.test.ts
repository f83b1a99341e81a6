/**
 * Issue 8: the hot queries use the indexes meant for them, checked with EXPLAIN (FORMAT JSON) on a small scale
 * data set (the planner sees the same shape as at a million cases, only fewer rows).
 */
import { Client } from 'pg';

import { seedScale, LONG_TIMELINE_CASE_ID } from '../../scripts/seed-scale';
import { CLAIM_DUE_SQL } from '../../subgraphs/enforcement/disclosure/disclosure-publication';
import { BACKLOG_SQL } from '../../subgraphs/enforcement/disclosure/disclosure.service';
import { statsParams, statsSql } from '../../subgraphs/enforcement/statistics/enforcement-stats.service';
import { participationStatsParams, participationStatsSql } from '../../subgraphs/participation/stats/participation-stats.service';
import { createTestDatabase } from '../harness/database';
import type { TestDatabase } from '../harness/database';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const flatten = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(flatten)];
const numbered = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

describe('scale: query plans (EXPLAIN)', () => {
  let db: TestDatabase;
  let pg: Client;
  let unitId: string;
  const YEAR = ['2025-01-01T00:00:00+08:00', '2026-01-01T00:00:00+08:00'];

  async function plan(sql: string, params: unknown[]): Promise<PlanNode[]> {
    const res = await pg.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (format json) ${sql}`, params);
    return flatten(res.rows[0]['QUERY PLAN'][0].Plan);
  }
  const seqScansOn = (nodes: PlanNode[], table: string) => nodes.filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === table);
  const indexes = (nodes: PlanNode[]) => nodes.map((n) => n['Index Name']).filter(Boolean);

  beforeAll(async () => {
    db = await createTestDatabase({ seeded: true });
    await seedScale(db.url, { cases: 10_000 });
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    unitId = (await pg.query(`select unit_id from enforcement.case_tally group by 1 order by sum(n) desc limit 1`)).rows[0].unit_id;
  });

  afterAll(async () => {
    await pg.end();
    await db.drop();
  });

  it('enforcementStats (city-wide, one unit, one grid cell) reads whole days from case_day_stats, edges by index, never a Seq Scan on case', async () => {
    const odd = ['2024-03-15T05:17:00Z', '2025-03-01T13:00:00Z'];
    for (const [from, to] of [YEAR, odd]) {
      for (const scope of [
        { unit: null, grid: null },
        { unit: unitId, grid: null },
        { unit: null, grid: 'LX-YS-01' },
      ]) {
        const nodes = await plan(numbered(statsSql(scope)), statsParams(scope.unit, scope.grid, new Date(from), new Date(to)));
        expect(seqScansOn(nodes, 'case')).toEqual([]);
        expect(seqScansOn(nodes, 'case_day_stats')).toEqual([]);
        expect(indexes(nodes).join(' ')).toMatch(/case_day_stats_/);
        expect(indexes(nodes).join(' ')).toMatch(/case_\w*occurred_at/);
        expect(indexes(nodes).join(' ')).toMatch(/case_(unit_id_)?due_at/);
        expect(indexes(nodes).join(' ')).toMatch(/case_(unit_id_)?closed_at/);
        expect(indexes(nodes)).not.toContain('case_party_id_violation_type_code_occurred_at_index'); // no per-case look-back any more
      }
    }
  });

  // A frequent value may be found fastest by walking the global (occurred_at, id) order; a rare one by its own index.
  // Either way: an index, no Seq Scan.
  it.each([
    ['unit_id', () => unitId],
    ['status', () => 'REPORTED'],
    ['violation_type_code', () => 'AD-02'],
    ['grid_cell_code', () => 'LX-YS-01'],
    ['track', () => 'ENFORCEMENT'],
    ['party_id', () => '00000000-0000-4000-8000-000000000001'],
    ['assignee_id', () => '00000000-0000-4000-8000-000000000001'],
  ])('a case-list page filtered by %s comes from an index', async (column, value) => {
    const nodes = await plan(`select * from enforcement."case" where ${column} = $1 order by occurred_at desc, id desc limit 21`, [value()]);
    expect(seqScansOn(nodes, 'case')).toEqual([]);
    expect(indexes(nodes).some((i) => i === 'case_occurred_at_id_index' || i!.startsWith(`case_${column}_`))).toBe(true);
  });

  it('a period page and its count use the occurred_at indexes; other totals come from case_tally', async () => {
    const page = await plan(`select * from enforcement."case" where occurred_at >= $1 and occurred_at < $2 order by occurred_at desc, id desc limit 21`, YEAR);
    expect(seqScansOn(page, 'case')).toEqual([]);
    // the count of a period combined with another filter (a bare period is summed from case_day_stats)
    const count = await plan(`select count(*) from enforcement."case" where occurred_at >= $1 and occurred_at < $2 and status = 'CLOSED'`, YEAR);
    expect(seqScansOn(count, 'case')).toEqual([]);
    expect(indexes(count).join(' ')).toMatch(/occurred_at/);
    const tally = await pg.query(`select (select sum(n) from enforcement.case_tally)::int as tally, (select count(*) from enforcement."case")::int as cases`);
    expect(tally.rows[0].tally).toBe(tally.rows[0].cases);
  });

  it('participationStats reads whole days from report_day_stats and edges from a submitted_at index', async () => {
    const odd = [new Date('2024-03-15T05:17:00Z'), new Date('2025-03-01T13:00:00Z')] as const;
    const city = await plan(numbered(participationStatsSql('participation', false)), participationStatsParams(...odd, null));
    expect(seqScansOn(city, 'report')).toEqual([]);
    expect(indexes(city).join(' ')).toMatch(/report_\w*submitted_at/);
    expect(city.some((n) => n['Relation Name'] === 'report_day_stats')).toBe(true);
    const grid = await plan(numbered(participationStatsSql('participation', true)), participationStatsParams(...odd, 'LX-YS-01'));
    expect(seqScansOn(grid, 'report')).toEqual([]);
    expect(indexes(grid).join(' ')).toMatch(/report_\w*submitted_at/);
  });

  it('timelineVerified reads one case chain by its (case_id, seq) index', async () => {
    const nodes = await plan(`select * from enforcement.case_event where case_id = $1 order by seq`, [LONG_TIMELINE_CASE_ID]);
    expect(seqScansOn(nodes, 'case_event')).toEqual([]);
  });

  it('the disclosure publication job and the backlog read only decisions waiting for disclosure, from their partial index', async () => {
    const waiting = (await pg.query(`select count(*)::int as n from enforcement.disposition where disclosure_pending`)).rows[0].n;
    const all = (await pg.query(`select count(*)::int as n from enforcement.disposition where kind = 'PENALTY'`)).rows[0].n;
    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBeLessThan(all / 5); // most penalties were published long ago: a full scan would read them all
    const claim = await plan(numbered(CLAIM_DUE_SQL), [new Date(), 200]);
    expect(seqScansOn(claim, 'disposition')).toEqual([]);
    expect(indexes(claim)).toContain('disposition_disclosure_pending_index');
    for (const unit of [null, unitId]) {
      const backlog = await plan(numbered(BACKLOG_SQL), [unit, unit]);
      expect(seqScansOn(backlog, 'disposition')).toEqual([]);
      expect(seqScansOn(backlog, 'case')).toEqual([]);
      expect(indexes(backlog)).toContain('disposition_disclosure_pending_index');
    }
  });
});
