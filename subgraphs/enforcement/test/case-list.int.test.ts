import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { Case } from '../case/case.entity';
import { Disposition } from '../disposition/disposition.entity';
import { FollowUp } from '../follow-up/follow-up.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { verifyChain } from '../timeline/hash-chain';
import { Whistle } from '../whistle/whistle.entity';
import { LANJIANG, YUNSHAN, officer } from './case-fixtures';

const LIST = /* GraphQL */ `
  query Cases($first: Int!, $after: String, $filter: CaseFilter) {
    cases(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          number
          status
          track
          unit {
            id
          }
          evidenceCount
          party {
            ... on Merchant {
              name
            }
            ... on Person {
              name
            }
          }
          violationType {
            code
          }
          assignee {
            name
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
type ListData = {
  cases: {
    totalCount: number;
    edges: { node: { id: string; number: string; status: string; track: string | null; unit: { id: string }; evidenceCount: number } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
};

describe('enforcement cases: listing and demo data (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  it('seeds at least 200 cases across every status and every 721 track', async () => {
    const cases = await h.em().find(Case, {});
    expect(cases.length).toBeGreaterThanOrEqual(200);
    expect(new Set(cases.map((c) => c.status)).size).toBe(9);
    expect(new Set(cases.map((c) => c.track).filter(Boolean))).toEqual(new Set(['SERVICE', 'MANAGEMENT', 'ENFORCEMENT']));
  });

  it('seeds parties with one, two and three or more cases of the same violation type', async () => {
    const rows = await h.em().getConnection().execute<{ n: string }[]>(`select count(*) as n from "enforcement"."case" group by party_id, violation_type_code`);
    const counts = new Set(rows.map((r) => Math.min(Number(r.n), 3)));
    expect(counts).toEqual(new Set([1, 2, 3]));
  });

  it('seeds a valid hash chain for every case timeline', async () => {
    const events = await h.em().find(CaseEvent, {}, { orderBy: { caseId: 'asc', seq: 'asc' } });
    const byCase = new Map<string, CaseEvent[]>();
    for (const e of events) {
      byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
    }
    const broken = [...byCase.values()].map((list) => verifyChain(list)).filter((v) => !v.valid);
    expect(broken).toEqual([]);
  });

  it('seeds recording evidence for every penalty and labor-in-lieu case', async () => {
    const rows = await h
      .em()
      .getConnection()
      .execute<{ n: string }[]>(
        `select count(*) as n from "enforcement"."disposition" d where d.kind in ('PENALTY', 'LABOR_IN_LIEU')
         and not exists (select 1 from "enforcement"."evidence" e where e.case_id = d.case_id and e.kind = 'RECORDING')`,
      );
    expect(Number(rows[0].n)).toBe(0);
    expect(await h.em().count(Disposition, { kind: 'PENALTY' } as never)).toBeGreaterThan(0);
  });

  it('seeds follow-ups, overdue follow-ups, answered and breached whistles and typical cases', async () => {
    const em = h.em();
    expect(await em.count(FollowUp, {})).toBeGreaterThan(0);
    expect(await em.count(Case, { status: 'CLOSED', followedUpAt: null } as never)).toBeGreaterThan(0);
    expect(await em.count(Whistle, { respondedAt: { $ne: null }, respondedLate: false })).toBeGreaterThan(0);
    expect(await em.count(Whistle, { $or: [{ respondedLate: true }, { respondedAt: null }] })).toBeGreaterThan(0);
    expect(await em.count(Case, { isTypicalCase: true })).toBeGreaterThan(0);
  });

  it('shows an officer the cases of their own unit only', async () => {
    const res = await h.execute<ListData>(LIST, { first: 100 }, officer());
    expect(res.errors).toBeUndefined();
    expect(res.data!.cases.edges.length).toBeGreaterThan(0);
    expect(new Set(res.data!.cases.edges.map((e) => e.node.unit.id))).toEqual(new Set([YUNSHAN]));
  });

  it('refuses an officer listing another unit with FORBIDDEN', async () => {
    const res = await h.execute(LIST, { first: 10, filter: { unitId: LANJIANG } }, officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses citizens with FORBIDDEN', async () => {
    const res = await h.execute(LIST, { first: 10 }, actors.citizen());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('pages through all cases with keyset cursors without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<typeof h.execute<ListData>>> = await h.execute<ListData>(LIST, { first: 100, after }, actors.admin());
      seen.push(...res.data!.cases.edges.map((e) => e.node.id));
      if (!res.data!.cases.pageInfo.hasNextPage) {
        break;
      }
      after = res.data!.cases.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await h.em().count(Case, {}));
  });

  it('filters by status, track and overdue', async () => {
    const closed = await h.execute<ListData>(LIST, { first: 100, filter: { status: 'CLOSED', track: 'ENFORCEMENT' } }, actors.admin());
    expect(closed.data!.cases.edges.length).toBeGreaterThan(0);
    expect(closed.data!.cases.edges.every((e) => e.node.status === 'CLOSED' && e.node.track === 'ENFORCEMENT')).toBe(true);
    const overdue = await h.execute<ListData>(LIST, { first: 100, filter: { overdue: true } }, actors.admin());
    const expected = await h.em().count(Case, { dueAt: { $lt: new Date() }, status: { $in: ['REPORTED', 'FILED', 'ASSIGNED', 'IN_PROGRESS'] } } as never);
    expect(overdue.data!.cases.totalCount).toBe(expected);
  });

  it('finds a case by its number', async () => {
    const c = (await h.em().find(Case, {}, { orderBy: { number: 'asc' }, limit: 1 }))[0];
    const res = await h.execute<{ caseByNumber: { id: string } }>(`query($n: String!) { caseByNumber(number: $n) { id } }`, { n: c.number }, actors.admin());
    expect(res.data!.caseByNumber.id).toBe(c.id);
    expect(c.number).toMatch(/^ZF-20\d\d-\d{6}$/);
  });

  it('lists 10 or 50 cases with party, type, assignee and evidence count for the same number of SQL statements', async () => {
    const cost = async (first: number) => {
      h.server.sql.reset();
      const res = await h.execute<ListData>(LIST, { first }, actors.admin());
      expect(res.data!.cases.edges).toHaveLength(first);
      return h.server.sql.total;
    };
    const ten = await cost(10);
    const fifty = await cost(50);
    expect(fifty).toBe(ten);
    expect(ten).toBeLessThanOrEqual(8);
  });
});
