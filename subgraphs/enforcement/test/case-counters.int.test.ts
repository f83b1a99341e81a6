/**
 * The trigger-kept columns of issue 8 follow every insert, update and delete of a case in the same statement:
 * `case.is_repeat` (a case of the same party and violation type in the 12 months before), `case_tally`,
 * `case.has_recording` and `case_day_stats`.
 */
import { randomUUID } from 'node:crypto';

import { Client } from 'pg';

import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { COUNTERS, DAY_STATS_RECOUNT } from '../migrations/Migration20261202070000_case_day_stats';

describe('case counters (triggers)', () => {
  let h: SubgraphHarness;
  let pg: Client;
  const party = randomUUID();
  const ids = { a: randomUUID(), b: randomUUID(), c: randomUUID() };

  const flags = async () => {
    const rows = (await pg.query<{ id: string; is_repeat: boolean }>(`select id, is_repeat from enforcement."case" where party_id = $1`, [party])).rows;
    const byId = new Map(rows.map((r) => [r.id, r.is_repeat]));
    return { a: byId.get(ids.a), b: byId.get(ids.b), c: byId.get(ids.c) };
  };
  const tallyDrift = async () =>
    Number(
      (
        await pg.query(`select count(*) from (
          select unit_id, grid_cell_code, violation_type_code, status, coalesce(track::text, '-') as track, is_typical_case, count(*) as n
            from enforcement."case" group by 1, 2, 3, 4, 5, 6
          except select unit_id, grid_cell_code, violation_type_code, status, track, is_typical_case, n from enforcement.case_tally where n <> 0) d`)
      ).rows[0].count,
    );

  /** Rows of case_day_stats that differ from a recount, both ways. */
  const dayStatsDrift = async () => {
    const kept = `select unit_id, day, grid_cell_code, ${COUNTERS.join(', ')}, handled_hours from enforcement.case_day_stats
                   where ${COUNTERS.map((c) => `${c} <> 0`).join(' or ')} or handled_hours <> 0`;
    const recount = `select * from (${DAY_STATS_RECOUNT}) r`;
    return Number((await pg.query(`select count(*) from ((${kept} except ${recount}) union all (${recount} except ${kept})) d`)).rows[0].count);
  };

  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    pg = new Client({ connectionString: h.databaseUrl });
    await pg.connect();
  });

  afterAll(async () => {
    await pg.end();
    await h.stop();
  });

  it('sets is_repeat on insert, recomputes it when a case moves in time, and on delete; the tally follows', async () => {
    // one statement, three cases: A 2020-01-10, B 2020-06-10 (repeat of A), C 2021-03-10 (repeat of B)
    await pg.query(
      `insert into enforcement."case" (id, created_at, updated_at, number, source, violation_type_code, party_kind, party_id, grid_cell_code, unit_id,
                                       description, lat, lng, address, minor_harm, corrected_on_spot, occurred_at)
       select x.id, now(), now(), 'ZF-T-' || x.n, 'PATROL', v.code, 'PERSON', $1, g.code, g.unit_id, 'trigger test', 29.18, 119.43, 'test', false, false, x.at
         from (values ($2::uuid, 1, timestamptz '2020-01-10T00:00:00Z'), ($3::uuid, 2, timestamptz '2020-06-10T00:00:00Z'),
                      ($4::uuid, 3, timestamptz '2021-03-10T00:00:00Z')) x(id, n, at),
              (select code from enforcement.violation_type order by code limit 1) v, (select code, unit_id from enforcement.grid_cell order by code limit 1) g`,
      [party, ids.a, ids.b, ids.c],
    );
    expect(await flags()).toEqual({ a: false, b: true, c: true });
    expect(await tallyDrift()).toBe(0);
    expect(await dayStatsDrift()).toBe(0);

    // B moves before A: A becomes a repeat of B, C is no longer one
    await pg.query(`update enforcement."case" set occurred_at = '2019-06-01T00:00:00Z' where id = $1`, [ids.b]);
    expect(await flags()).toEqual({ a: true, b: false, c: false });

    // a status / track change moves the tally, not the flags
    await pg.query(
      `update enforcement."case" set status = 'CLOSED', track = 'ENFORCEMENT', filed_at = occurred_at, due_at = now(), closed_at = now() where id = $1`,
      [ids.c],
    );
    expect(await tallyDrift()).toBe(0);
    expect(await dayStatsDrift()).toBe(0);
    // evidence keeps has_recording (and so the recording coverage of the day) in step
    await pg.query(
      `insert into enforcement.evidence (id, created_at, updated_at, case_id, kind, uri, sha256, captured_by, captured_at)
                    values ($1, now(), now(), $2, 'RECORDING', 'oss://t.mp4', repeat('0', 64), 'test', now())`,
      [randomUUID(), ids.c],
    );
    expect((await pg.query(`select has_recording from enforcement."case" where id = $1`, [ids.c])).rows[0].has_recording).toBe(true);
    expect(await dayStatsDrift()).toBe(0);

    await pg.query(`delete from enforcement."case" where id = $1`, [ids.b]);
    expect(await flags()).toEqual({ a: false, b: undefined, c: false });
    expect(await tallyDrift()).toBe(0);
    expect(await dayStatsDrift()).toBe(0);
  });
});
