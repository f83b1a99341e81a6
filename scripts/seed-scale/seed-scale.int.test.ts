/**
 * seedScale writes valid data: hash chains verify through the API, references hold, case numbers follow the
 * counter, the trigger-kept columns equal a naive recount, and the statistics equal the original (pre-index)
 * statement evaluated on the same rows.
 */
import { Client } from 'pg';

import { actors } from '../../tests/harness/actors';
import { startSubgraph } from '../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../tests/harness/subgraph-harness';
import { enforcement } from '../../subgraphs/enforcement';
import { statsParams, statsSql } from '../../subgraphs/enforcement/statistics/enforcement-stats.service';
import { participationStatsParams, participationStatsSql } from '../../subgraphs/participation/stats/participation-stats.service';
import { LONG_TIMELINE_CASE_ID, LONG_TIMELINE_EVENTS, seedScale } from './index';

/** The statistics statement before issue 8 (full scan, period inside count(*) filter, correlated look-back). */
const IN = (column: string) => `c.${column} >= p.from_at and c.${column} < p.to_at`;
const NAIVE_STATS = `
with recursive p as (
  select $1::uuid as unit, $2::text as grid, $3::timestamptz as from_at, $4::timestamptz as to_at
), scope_units as (
  select u.id from enforcement.unit u, p where u.id = p.unit
  union all
  select u.id from enforcement.unit u join scope_units s on u.parent_id = s.id
), c as (
  select c.* from enforcement."case" c, p
  where (p.unit is null or c.unit_id in (select id from scope_units)) and (p.grid is null or c.grid_cell_code = p.grid)
), w as (
  select w.* from enforcement.whistle w join c on c.id = w.case_id, p where w.respond_by >= p.from_at and w.respond_by < p.to_at
)
select
  count(*) filter (where ${IN('occurred_at')}) as total_cases,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'SERVICE') as service,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'MANAGEMENT') as management,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'ENFORCEMENT') as enforcement,
  count(*) filter (where ${IN('due_at')}) as due_in_period,
  count(*) filter (where ${IN('due_at')} and c.closed_at is not null and c.closed_at <= c.due_at) as closed_on_time,
  count(*) filter (where ${IN('closed_at')}) as closed_in_period,
  count(*) filter (where ${IN('closed_at')} and c.rework_count > 0) as reworked,
  avg(extract(epoch from c.closed_at - c.filed_at) / 3600) filter (where ${IN('closed_at')} and c.filed_at is not null) as avg_hours,
  count(*) filter (where ${IN('occurred_at')} and exists (
    select 1 from enforcement."case" p where p.party_id = c.party_id and p.violation_type_code = c.violation_type_code and p.id <> c.id
      and p.occurred_at < c.occurred_at and p.occurred_at >= c.occurred_at - interval '12 months')) as repeats,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'ENFORCEMENT') as enforcement_cases,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'ENFORCEMENT' and exists (
    select 1 from enforcement.evidence e where e.case_id = c.id and e.kind = 'RECORDING')) as recorded,
  count(*) filter (where ${IN('closed_at')} and c.followed_up_at is not null) as followed_up,
  (select count(*) from w) as whistles_due,
  (select count(*) from w where w.responded_at is not null and w.responded_at <= w.respond_by) as whistles_met
from c, p`;

/** participationStats before issue 8 (CTE over every report of the period). */
const NAIVE_PARTICIPATION = `with r as (
    select * from participation.report where submitted_at >= $1 and submitted_at < $2 and ($3::text is null or grid_code = $3::text)
  ), o as (select * from r where duplicate_of_id is null)
  select (select count(*) from r) as all_count, (select count(*) from o) as original_count,
         (select count(*) from r where duplicate_of_id is not null) as duplicate_count,
         (select count(*) from o where status <> 'REJECTED') as valid_count,
         (select count(*) from o where status in ('RESOLVED', 'CLOSED')) as resolved_count,
         (select avg(extract(epoch from first_response_at - submitted_at)) from o where first_response_at is not null) as avg_response_seconds,
         (select avg(rating) from o where rating is not null) as avg_rating,
         (select count(*) from o where rating is not null) as rating_count,
         (select json_object_agg(status, n) from (select status, count(*) as n from o group by status) s) as by_status`;

const CASES = 6_000;

describe('seedScale', () => {
  let h: SubgraphHarness;
  let pg: Client;
  const one = async <T>(sql: string, params: unknown[] = []) => (await pg.query(sql, params)).rows[0] as T;

  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    const summary = await seedScale(h.databaseUrl, { cases: CASES });
    expect(summary.cases).toBe(CASES);
    pg = new Client({ connectionString: h.databaseUrl });
    await pg.connect();
  });

  afterAll(async () => {
    await pg.end();
    await h.stop();
  });

  it('loads every subgraph schema, 2017 to yesterday, every grid cell and violation type', async () => {
    const r = await one<Record<string, number>>(`select
      (select count(*) from enforcement."case" where occurred_at < '2025-11-01')::int as old_cases,
      extract(year from (select min(occurred_at) from enforcement."case") at time zone 'Asia/Shanghai')::int as first_year,
      (select count(*) from enforcement.grid_cell g where not exists (select 1 from enforcement."case" c where c.grid_cell_code = g.code))::int as idle_cells,
      (select count(*) from enforcement.violation_type v where not exists (select 1 from enforcement."case" c where c.violation_type_code = v.code))::int as unused_types,
      (select count(*) from participation.report)::int as reports,
      (select count(*) from training.training_hours_entry)::int as hours,
      (select count(*) from training.exam_attempt)::int as attempts`);
    expect(r.old_cases).toBeGreaterThanOrEqual(CASES * 0.85);
    expect(r.first_year).toBe(2017);
    expect(r.idle_cells).toBe(0);
    expect(r.unused_types).toBe(0);
    expect(r.reports).toBeGreaterThanOrEqual(CASES / 2);
    expect(r.hours).toBeGreaterThan(1000);
    expect(r.attempts).toBeGreaterThan(200);
  });

  it('keeps references, numbers and counters consistent', async () => {
    const r = await one<Record<string, number>>(`select
      (select count(*) from enforcement."case" c where not exists (select 1 from enforcement.merchant m where m.id = c.party_id)
         and not exists (select 1 from enforcement.person p where p.id = c.party_id))::int as orphan_parties,
      (select count(*) from enforcement."case" c join enforcement.grid_cell g on g.code = c.grid_cell_code where g.unit_id <> c.unit_id)::int as wrong_units,
      (select count(*) from enforcement."case" c join enforcement.officer o on o.id = c.assignee_id where o.unit_id <> c.unit_id)::int as foreign_assignees,
      (select count(*) from enforcement.case_number_counter k where k.last < (select coalesce(max(split_part(number, '-', 3)::int), 0)
         from enforcement."case" c where split_part(c.number, '-', 2)::int = k.year))::int as counters_behind,
      (select count(*) from enforcement."case" c where not exists (select 1 from enforcement.case_event e where e.case_id = c.id))::int as no_timeline,
      (select count(*) from enforcement."case" c where c.track is not null and not exists (select 1 from enforcement.disposition d where d.case_id = c.id))::int as no_disposition,
      (select count(*) from participation.report r where r.duplicate_of_id is not null and not exists (select 1 from participation.report o where o.id = r.duplicate_of_id))::int as orphan_duplicates`);
    expect(r).toEqual({ orphan_parties: 0, wrong_units: 0, foreign_assignees: 0, counters_behind: 0, no_timeline: 0, no_disposition: 0, orphan_duplicates: 0 });
  });

  it('writes hash chains that timelineVerified accepts, including a 200-event one', async () => {
    const sample = (await pg.query<{ id: string }>(`select id from enforcement."case" where number like 'ZF-20%' order by md5(id::text) limit 8`)).rows.map(
      (r) => r.id,
    );
    for (const id of [...sample, LONG_TIMELINE_CASE_ID]) {
      const res = await h.execute<{ case: { timelineVerified: { valid: boolean }; timeline: unknown[] } }>(
        `query($id: ID!) { case(id: $id) { timelineVerified { valid } timeline { seq } } }`,
        { id },
        actors.admin(),
      );
      expect(res.errors).toBeUndefined();
      expect(res.data!.case.timelineVerified.valid).toBe(true);
      if (id === LONG_TIMELINE_CASE_ID) {
        expect(res.data!.case.timeline).toHaveLength(LONG_TIMELINE_EVENTS);
      }
    }
  });

  it('has trigger-kept is_repeat and case_tally equal to a naive recount', async () => {
    const r = await one<Record<string, number>>(`select
      (select count(*) from enforcement."case" c where c.is_repeat <> exists (select 1 from enforcement."case" p
         where p.party_id = c.party_id and p.violation_type_code = c.violation_type_code and p.id <> c.id
           and p.occurred_at < c.occurred_at and p.occurred_at >= c.occurred_at - interval '12 months'))::int as wrong_repeat,
      (select count(*) from (select unit_id, grid_cell_code, violation_type_code, status, coalesce(track::text, '-') as track, is_typical_case, count(*) as n
                               from enforcement."case" group by 1, 2, 3, 4, 5, 6
                             except select unit_id, grid_cell_code, violation_type_code, status, track, is_typical_case, n from enforcement.case_tally where n <> 0) d)::int as wrong_tally`);
    expect(r).toEqual({ wrong_repeat: 0, wrong_tally: 0 });
  });

  it('answers enforcementStats exactly as the original statement does', async () => {
    const unit = (await one<{ unit_id: string }>(`select unit_id from enforcement.case_tally group by 1 order by sum(n) desc limit 1`)).unit_id;
    const bureau = (await one<{ id: string }>(`select id from enforcement.unit where parent_id is null`)).id;
    // whole China-time days (roll-up only), odd edges (roll-up + raw edges), less than a day (raw only)
    const periods = [
      ['2024-01-01T00:00:00+08:00', '2025-01-01T00:00:00+08:00'],
      ['2023-03-15T05:17:00Z', '2024-09-02T13:00:00Z'],
      ['2024-06-03T02:00:00Z', '2024-06-03T20:00:00Z'],
    ];
    // the average is compared as a number: a sum of numerics can carry more decimal places than avg() prints
    const normal = (row: Record<string, unknown>) => ({ ...row, avg_hours: row.avg_hours === null ? null : Number(row.avg_hours).toFixed(9) });
    for (const [from, to] of periods) {
      for (const [u, grid] of [
        [null, null],
        [unit, null],
        [bureau, null],
        [null, 'LX-YS-01'],
      ] as const) {
        const naive = await one<Record<string, unknown>>(NAIVE_STATS, [u, grid, from, to]);
        let i = 0;
        const fast = await one<Record<string, unknown>>(
          statsSql({ unit: u, grid }).replace(/\?/g, () => `$${++i}`),
          statsParams(u, grid, new Date(from), new Date(to)),
        );
        expect(normal(fast)).toEqual(normal(naive));
      }
    }
  });

  it('answers the case list totalCount (tally, day roll-up or index count) exactly as count(*)', async () => {
    const unit = (await one<{ unit_id: string }>(`select unit_id from enforcement.case_tally group by 1 order by sum(n) desc limit 1`)).unit_id;
    const filters: [Record<string, unknown>, string, unknown[]][] = [
      [{}, 'true', []],
      [{ unitId: unit }, 'unit_id = $1', [unit]],
      [{ status: 'CLOSED' }, `status = 'CLOSED'`, []],
      [{ violationTypeCode: 'AD-02', track: 'SERVICE' }, `violation_type_code = 'AD-02' and track = 'SERVICE'`, []],
      [{ gridCode: 'LX-YS-01', typical: true }, `grid_cell_code = 'LX-YS-01' and is_typical_case`, []],
      [
        { occurredFrom: '2024-01-01T00:00:00+08:00', occurredTo: '2025-01-01T00:00:00+08:00' },
        `occurred_at >= '2024-01-01T00:00:00+08:00' and occurred_at < '2025-01-01T00:00:00+08:00'`,
        [],
      ],
      [{ unitId: unit, occurredFrom: '2023-05-06T07:08:09Z' }, `unit_id = $1 and occurred_at >= '2023-05-06T07:08:09Z'`, [unit]],
      [{ gridCode: 'LX-YS-01', occurredTo: '2020-02-29T13:00:00Z' }, `grid_cell_code = 'LX-YS-01' and occurred_at < '2020-02-29T13:00:00Z'`, []],
      [
        { status: 'CLOSED', occurredFrom: '2022-01-01T00:00:00Z', occurredTo: '2022-03-01T00:00:00Z' },
        `status = 'CLOSED' and occurred_at >= '2022-01-01T00:00:00Z' and occurred_at < '2022-03-01T00:00:00Z'`,
        [],
      ],
    ];
    for (const [filter, where, params] of filters) {
      const res = await h.execute<{ cases: { totalCount: number } }>(
        `query($filter: CaseFilter) { cases(first: 1, filter: $filter) { totalCount } }`,
        { filter },
        actors.admin(),
      );
      expect(res.errors).toBeUndefined();
      const naive = await one<{ n: number }>(`select count(*)::int as n from enforcement."case" where ${where}`, params);
      expect({ filter, n: res.data!.cases.totalCount }).toEqual({ filter, n: naive.n });
    }
  });

  it('answers participationStats exactly as the original statement does, also after reports change', async () => {
    const periods = [
      ['2024-01-01T00:00:00+08:00', '2025-01-01T00:00:00+08:00'],
      ['2023-03-15T05:17:00Z', '2024-02-02T13:00:00Z'],
      ['2024-06-03T02:00:00Z', '2024-06-03T20:00:00Z'],
    ];
    const num = (v: unknown) => (v === null ? null : Number(v).toFixed(9));
    const compare = async () => {
      for (const [from, to] of periods) {
        for (const grid of [null, 'LX-YS-01']) {
          const naive = await one<Record<string, unknown>>(NAIVE_PARTICIPATION, [from, to, grid]);
          let i = 0;
          const fast = await one<Record<string, unknown>>(
            participationStatsSql('participation', grid !== null).replace(/\?/g, () => `$${++i}`),
            participationStatsParams(new Date(from), new Date(to), grid),
          );
          const byStatus = Object.fromEntries(
            Object.entries(fast)
              .filter(([k, v]) => k.startsWith('status_') && Number(v) > 0)
              .map(([k, v]) => [k.slice(7), Number(v)]),
          );
          expect({ ...fast, avg_response_seconds: num(fast.avg_response_seconds), avg_rating: num(fast.avg_rating), byStatus }).toMatchObject({
            all_count: naive.all_count,
            original_count: naive.original_count,
            duplicate_count: naive.duplicate_count,
            valid_count: naive.valid_count,
            resolved_count: naive.resolved_count,
            rating_count: naive.rating_count,
            avg_response_seconds: num(naive.avg_response_seconds),
            avg_rating: num(naive.avg_rating),
            byStatus: naive.by_status ?? {},
          });
        }
      }
    };
    await compare();
    // the roll-up follows updates and deletes in the same statement
    await pg.query(`update participation.report set status = 'CLOSED', rating = 2, first_response_at = submitted_at + interval '1 hour'
                     where submitted_at >= '2024-01-01' and submitted_at < '2024-03-01' and status <> 'CLOSED'`);
    await pg.query(`update participation.report set grid_code = 'LX-YS-01' where submitted_at >= '2024-05-01' and submitted_at < '2024-05-05'`);
    await pg.query(`delete from participation.report where submitted_at >= '2024-06-03T05:00:00Z' and submitted_at < '2024-06-10'`);
    await compare();
  });
});
