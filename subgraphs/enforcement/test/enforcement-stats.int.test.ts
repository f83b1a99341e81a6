import { randomUUID } from 'node:crypto';

import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';

const BUREAU = '00000000-0000-4000-8000-00000000b000';
const SQUAD_A = '00000000-0000-4000-8000-00000000a001';
const SQUAD_B = '00000000-0000-4000-8000-00000000a002';
const PARTY_1 = randomUUID();
const PARTY_2 = randomUUID();

const STATS = `query($from: DateTimeISO!, $to: DateTimeISO!, $unitId: ID, $gridCode: ID) {
  enforcementStats(period: { from: $from, to: $to }, unitId: $unitId, gridCode: $gridCode) {
    totalCases byTrack { track cases share } dueInPeriod closedOnTime onTimeClosureRate reworkRate
    averageHandlingHours repeatViolationRate recordingCoverage followUpRate whistleSlaCompliance
  }
}`;
const NOVEMBER = { from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' };

interface CaseRow {
  unit: string;
  grid: string;
  party: string;
  occurred: string;
  track?: string;
  filed?: string;
  due?: string;
  closed?: string;
  rework?: number;
  followedUp?: boolean;
  recording?: boolean;
}

/**
 * Fixture (November 2026 unless noted), squad A unless noted:
 *  1 SERVICE, filed 11-02 00:00, due 11-05, closed 11-04 00:00 (48 h, on time), followed up, party 1 (repeat of #6)
 *  2 MANAGEMENT, filed 11-03, due 11-06, closed 11-08 00:00 (late, 120 h), rework 1, party 1 (repeat of #1 and #6)
 *  3 ENFORCEMENT, due 11-20, open, recording evidence, party 2
 *  4 ENFORCEMENT, no recording, party 2 (repeat of #3), squad B
 *  5 no track yet, squad B, grid B
 *  6 October case of party 1 (same type): outside the period, makes #1 and #2 repeats
 * plus two whistles on #3 due in November, one answered in time
 */
const CASES: CaseRow[] = [
  {
    unit: SQUAD_A,
    grid: 'T-A',
    party: PARTY_1,
    occurred: '2026-11-02T00:00:00Z',
    track: 'SERVICE',
    filed: '2026-11-02T00:00:00Z',
    due: '2026-11-05T00:00:00Z',
    closed: '2026-11-04T00:00:00Z',
    followedUp: true,
  },
  {
    unit: SQUAD_A,
    grid: 'T-A',
    party: PARTY_1,
    occurred: '2026-11-03T00:00:00Z',
    track: 'MANAGEMENT',
    filed: '2026-11-03T00:00:00Z',
    due: '2026-11-06T00:00:00Z',
    closed: '2026-11-08T00:00:00Z',
    rework: 1,
  },
  { unit: SQUAD_A, grid: 'T-A', party: PARTY_2, occurred: '2026-11-10T00:00:00Z', track: 'ENFORCEMENT', due: '2026-11-20T00:00:00Z', recording: true },
  { unit: SQUAD_B, grid: 'T-B', party: PARTY_2, occurred: '2026-11-11T00:00:00Z', track: 'ENFORCEMENT' },
  { unit: SQUAD_B, grid: 'T-B', party: randomUUID(), occurred: '2026-11-12T00:00:00Z' },
  { unit: SQUAD_A, grid: 'T-A', party: PARTY_1, occurred: '2026-10-20T00:00:00Z', track: 'SERVICE' },
];

describe('enforcementStats (exact figures on a fixture)', () => {
  let h: SubgraphHarness;

  beforeAll(async () => {
    h = await startSubgraph(enforcement);
    const sql = (q: string, p: unknown[] = []) => h.em().getConnection().execute(q, p);
    const now = new Date().toISOString();
    for (const [id, name, parent] of [
      [BUREAU, '局', null],
      [SQUAD_A, '甲中队', BUREAU],
      [SQUAD_B, '乙中队', BUREAU],
    ]) {
      await sql(`insert into enforcement.unit (id, created_at, updated_at, name, short_name, level, parent_id) values (?, ?, ?, ?, ?, ?, ?)`, [
        id,
        now,
        now,
        name,
        name,
        parent ? 'SQUAD' : 'BUREAU',
        parent,
      ]);
    }
    for (const [code, unit] of [
      ['T-A', SQUAD_A],
      ['T-B', SQUAD_B],
    ]) {
      await sql(
        `insert into enforcement.grid_cell (code, name, district, street, community, min_lat, min_lng, max_lat, max_lng, unit_id) values (?, ?, '兰溪市', '测试街道', '测试社区', 0, 0, 1, 1, ?)`,
        [code, code, unit],
      );
    }
    await sql(
      `insert into enforcement.violation_type values ('SV-01', '流动摊贩占道经营', 'Mobile vending', 'STREET_VENDING', '条例', '第一条', 50, 500, true, null, true, 1)`,
    );
    for (const [i, c] of CASES.entries()) {
      const id = randomUUID();
      await sql(
        `insert into enforcement."case" (id, created_at, updated_at, number, status, source, violation_type_code, party_kind, party_id, grid_cell_code, unit_id,
          description, lat, lng, address, minor_harm, corrected_on_spot, occurred_at, filed_at, due_at, closed_at, track, rework_count, followed_up_at)
         values (?, ?, ?, ?, ?, 'PATROL', 'SV-01', 'PERSON', ?, ?, ?, '测试', 0.5, 0.5, '测试地址', true, false, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          now,
          now,
          `ZF-2026-T${i}`,
          c.closed ? 'CLOSED' : 'IN_PROGRESS',
          c.party,
          c.grid,
          c.unit,
          c.occurred,
          c.filed ?? null,
          c.due ?? null,
          c.closed ?? null,
          c.track ?? null,
          c.rework ?? 0,
          c.followedUp ? c.closed : null,
        ],
      );
      if (i === 2) {
        // two whistles on case #3 due in November: one answered in time (02:00 deadline), one never answered
        const dept = '00000000-0000-4000-8000-0000000000d1';
        await sql(
          `insert into enforcement.department (id, created_at, updated_at, name, short_name) values (?, ?, ?, '兰溪市市场监督管理局', '市场监管') on conflict do nothing`,
          [dept, now, now],
        );
        for (const [urgency, respondBy, respondedAt] of [
          ['URGENT', '2026-11-10T02:00:00Z', '2026-11-10T01:30:00Z'],
          ['NORMAL', '2026-11-11T00:00:00Z', null],
        ]) {
          await sql(
            `insert into enforcement.whistle (id, created_at, updated_at, case_id, unit_id, department_id, urgency, reason, blown_by, blown_at, respond_by, responded_at)
             values (?, ?, ?, ?, ?, ?, ?, '占道经营涉及无照经营', 'o', '2026-11-10T00:00:00Z', ?, ?)`,
            [randomUUID(), now, now, id, c.unit, dept, urgency, respondBy, respondedAt],
          );
        }
      }
      if (c.recording) {
        await sql(
          `insert into enforcement.evidence (id, created_at, updated_at, case_id, kind, uri, sha256, captured_by, captured_at) values (?, ?, ?, ?, 'RECORDING', 'https://oss.example/v.mp4', ?, 'o', ?)`,
          [randomUUID(), now, now, id, 'a'.repeat(64), now],
        );
      }
    }
  });
  afterAll(() => h.stop());

  it('computes the whole bureau for an admin', async () => {
    const res = await h.execute(STATS, { ...NOVEMBER, unitId: BUREAU }, actors.admin());
    expect(res.errors).toBeUndefined();
    expect(res.data!.enforcementStats).toEqual({
      totalCases: 5,
      byTrack: [
        { track: 'SERVICE', cases: 1, share: 0.25 },
        { track: 'MANAGEMENT', cases: 1, share: 0.25 },
        { track: 'ENFORCEMENT', cases: 2, share: 0.5 },
      ],
      dueInPeriod: 3,
      closedOnTime: 1,
      onTimeClosureRate: 0.3333,
      reworkRate: 0.5,
      averageHandlingHours: 84,
      repeatViolationRate: 0.6,
      recordingCoverage: 0.5,
      followUpRate: 0.5,
      whistleSlaCompliance: 0.5,
    });
  });

  it('narrows to one grid cell', async () => {
    const res = await h.execute<{ enforcementStats: { totalCases: number; recordingCoverage: number } }>(
      STATS,
      { ...NOVEMBER, gridCode: 'T-B' },
      actors.admin(),
    );
    expect(res.data!.enforcementStats).toMatchObject({ totalCases: 2, recordingCoverage: 0 });
  });

  it('gives a supervisor their own unit and refuses another', async () => {
    const own = await h.execute<{ enforcementStats: { totalCases: number } }>(STATS, NOVEMBER, actors.supervisor('sup-a', SQUAD_A));
    expect(own.data!.enforcementStats.totalCases).toBe(3);
    const other = await h.execute(STATS, { ...NOVEMBER, unitId: SQUAD_B }, actors.supervisor('sup-a', SQUAD_A));
    expect(other.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses officers', async () => {
    const res = await h.execute(STATS, NOVEMBER, actors.officer('o-1', SQUAD_A));
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('rejects an empty period with BAD_USER_INPUT on period.to', async () => {
    const res = await h.execute(STATS, { from: NOVEMBER.to, to: NOVEMBER.from }, actors.admin());
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.to' });
  });
});
