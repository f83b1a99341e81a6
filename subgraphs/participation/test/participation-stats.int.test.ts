import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { ReportCategory, ReportStatus as S } from '../report/report-enums';
import { Report } from '../report/report.entity';

const STATS = /* GraphQL */ `
  query Stats($period: PeriodInput!, $grid: ID) {
    participationStats(period: $period, gridCode: $grid) {
      reportCount
      duplicateCount
      byStatus {
        status
        count
      }
      averageFirstResponseHours
      resolutionRate
      validReportShare
      averageRating
      ratingCount
    }
  }
`;
const PERIOD = { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' };
const H = 3600_000;

/** [key, grid, status, submitted (ISO), first response after hours, rating, duplicate of key] */
const FIXTURE: [string, string, S, string, number | null, number | null, string | null][] = [
  ['r1', 'LX-A', S.CLOSED, '2026-10-02T00:00:00Z', 2, 5, null],
  ['r2', 'LX-A', S.RESOLVED, '2026-10-03T00:00:00Z', 3, 4, null],
  ['r3', 'LX-A', S.IN_PROGRESS, '2026-10-04T00:00:00Z', 1, null, null],
  ['r4', 'LX-A', S.REJECTED, '2026-10-05T00:00:00Z', 0.5, null, null],
  ['r5', 'LX-A', S.SUBMITTED, '2026-10-02T00:30:00Z', null, null, 'r1'],
  ['r6', 'LX-A', S.SUBMITTED, '2026-10-06T00:00:00Z', null, null, null],
  ['r7', 'LX-B', S.CLOSED, '2026-10-07T00:00:00Z', 4, 3, null],
  ['r8', 'LX-A', S.CLOSED, '2026-09-30T00:00:00Z', 10, 1, null],
];

describe('participation statistics (integration, exact numbers on a fixture)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
    const em = h.em();
    const ids = new Map<string, string>();
    for (const [key, grid, status, at, responseH, rating, dupOf] of FIXTURE) {
      const submittedAt = new Date(at);
      const r = em.create(Report, {
        trackingCode: `SSP-ST${key.toUpperCase()}`,
        category: ReportCategory.LITTERING,
        description: '统计测试',
        lat: 29.2,
        lng: 119.44,
        address: '兰溪市测试路',
        status,
        submittedAt,
        gridCode: grid,
        firstResponseAt: responseH === null ? null : new Date(submittedAt.getTime() + responseH * H),
        rating,
        duplicateOfId: dupOf ? ids.get(dupOf)! : null,
      });
      ids.set(key, r.id);
    }
    await em.flush();
  });
  afterAll(() => h.stop());

  it('computes the KPIs of the whole city, counting only originals', async () => {
    const res = await h.execute(STATS, { period: PERIOD }, actors.supervisor('sup-1'));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      participationStats: {
        reportCount: 6,
        duplicateCount: 1,
        byStatus: [
          { status: 'CLOSED', count: 2 },
          { status: 'IN_PROGRESS', count: 1 },
          { status: 'REJECTED', count: 1 },
          { status: 'RESOLVED', count: 1 },
          { status: 'SUBMITTED', count: 1 },
        ],
        averageFirstResponseHours: 2.1,
        resolutionRate: 0.6,
        validReportShare: 0.7143,
        averageRating: 4,
        ratingCount: 3,
      },
    });
  });

  it('narrows the KPIs to one grid cell', async () => {
    const res = await h.execute<{ participationStats: Record<string, unknown> }>(STATS, { period: PERIOD, grid: 'LX-A' }, actors.admin());
    expect(res.data!.participationStats).toMatchObject({
      reportCount: 5,
      duplicateCount: 1,
      averageFirstResponseHours: 1.63,
      resolutionRate: 0.5,
      validReportShare: 0.6667,
      averageRating: 4.5,
      ratingCount: 2,
    });
  });

  it('answers nulls and zeros for an empty period', async () => {
    const res = await h.execute<{ participationStats: Record<string, unknown> }>(
      STATS,
      { period: { from: '2025-01-01T00:00:00Z', to: '2025-02-01T00:00:00Z' } },
      actors.admin(),
    );
    expect(res.data!.participationStats).toEqual({
      reportCount: 0,
      duplicateCount: 0,
      byStatus: [],
      averageFirstResponseHours: null,
      resolutionRate: null,
      validReportShare: null,
      averageRating: null,
      ratingCount: 0,
    });
  });

  it('refuses a period that ends before it starts with BAD_USER_INPUT on period.to', async () => {
    const res = await h.execute(STATS, { period: { from: PERIOD.to, to: PERIOD.from } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'period.to',
    });
  });

  it('refuses citizens with FORBIDDEN', async () => {
    const res = await h.execute(STATS, { period: PERIOD }, actors.citizen());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
