import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { ReportEvent } from '../report-event/report-event.entity';
import { ReportStatus } from '../report/report-enums';
import { Report } from '../report/report.entity';

const PAGE = /* GraphQL */ `
  query Page($first: Int!, $after: String) {
    reports(first: $first, after: $after) {
      edges {
        node {
          id
          trackingCode
          status
          grid {
            code
          }
          assignedOfficer {
            id
          }
          contactPhone
          duplicateOf {
            id
          }
          duplicates {
            id
          }
          timeline {
            toStatus
            note
            actorLabel
            occurredAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

describe('participation demo data and list performance (integration, seeded)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: true });
  });
  afterAll(() => h.stop());

  it('seeds at least 300 reports in every status but ACCEPTED, with linked duplicates', async () => {
    const em = h.em();
    expect(await em.count(Report, {})).toBeGreaterThanOrEqual(300);
    for (const status of Object.values(ReportStatus).filter((s) => s !== ReportStatus.ACCEPTED)) {
      expect(await em.count(Report, { status })).toBeGreaterThan(0);
    }
    expect(await em.count(Report, { duplicateOfId: { $ne: null } })).toBeGreaterThanOrEqual(15);
  });

  it('gives every seeded report a timeline ending in its current status', async () => {
    const em = h.em();
    const rows = await em.execute<{ n: string }[]>(
      `select count(*) as n from participation.report r
        where r.status::text <> (select e.to_status::text from participation.report_event e
                                  where e.report_id = r.id order by e.occurred_at desc limit 1)`,
    );
    expect(Number(rows[0].n)).toBe(0);
    expect(await em.count(ReportEvent, {})).toBeGreaterThan(1000);
  });

  it('serves a page of 100 reports with grid, assignee, duplicates and timelines in at most 6 SQL statements', async () => {
    h.server.sql.reset();
    const res = await h.execute<{ reports: { edges: { node: { timeline: unknown[] } }[] } }>(PAGE, { first: 100 }, actors.supervisor('sup-1'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.reports.edges).toHaveLength(100);
    expect(res.data!.reports.edges.every((e) => e.node.timeline.length >= 1)).toBe(true);
    expect(h.server.sql.total).toBeLessThanOrEqual(6);
  });

  it('shows an officer only the reports dispatched to them', async () => {
    const sample = await h.em().findOneOrFail(Report, { assignedOfficerId: { $ne: null } });
    const officer = sample.assignedOfficerId!;
    const res = await h.execute<{
      reports: { edges: { node: { assignedOfficer: { id: string } } }[] };
    }>(PAGE, { first: 100 }, actors.officer(officer));
    const ids = res.data!.reports.edges.map((e) => e.node.assignedOfficer.id);
    expect(ids.length).toBe(await h.em().count(Report, { assignedOfficerId: officer }));
    expect(new Set(ids)).toEqual(new Set([officer]));
  });

  it("reports seed KPIs close to the bureau's: first response about 2.5 h, resolution rate above 80 %", async () => {
    const res = await h.execute<{
      participationStats: {
        averageFirstResponseHours: number;
        resolutionRate: number;
        reportCount: number;
      };
    }>(
      `query { participationStats(period: { from: "2026-09-01T00:00:00Z", to: "2026-11-21T00:00:00Z" }) {
         reportCount averageFirstResponseHours resolutionRate } }`,
      {},
      actors.admin(),
    );
    const s = res.data!.participationStats;
    expect(s.reportCount).toBeGreaterThan(280);
    expect(s.averageFirstResponseHours).toBeGreaterThan(2);
    expect(s.averageFirstResponseHours).toBeLessThan(3);
    expect(s.resolutionRate).toBeGreaterThan(0.8);
  });
});
