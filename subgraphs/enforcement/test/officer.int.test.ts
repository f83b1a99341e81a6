import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';

const OFFICERS = /* GraphQL */ `
  query Officers($first: Int!, $after: String, $filter: OfficerFilter) {
    officers(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          badgeNumber
          name
          phone
          unit {
            shortName
          }
          grids {
            code
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

describe('enforcement officers (integration, real PostgreSQL)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  it('pages through the whole roster with keyset cursors, ordered by badge number', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const res: Awaited<
        ReturnType<typeof h.execute<{ officers: { edges: { node: { badgeNumber: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } }>>
      > = await h.execute(OFFICERS, { first: 10, after }, actors.admin());
      expect(res.errors).toBeUndefined();
      seen.push(...res.data!.officers.edges.map((e) => e.node.badgeNumber));
      if (!res.data!.officers.pageInfo.hasNextPage) {
        break;
      }
      after = res.data!.officers.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(36);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(36);
  });

  it('masks phone numbers for other callers and shows them to the officer themself', async () => {
    const id = demoOfficerId(5);
    const query = `query($id: ID!) { officer(id: $id) { phone } }`;
    const other = await h.execute<{ officer: { phone: string } }>(query, { id }, actors.officer(demoOfficerId(6)));
    const self = await h.execute<{ officer: { phone: string } }>(query, { id }, actors.officer(id));
    expect(other.data!.officer.phone).toMatch(/^138\*{4}\d{4}$/);
    expect(self.data!.officer.phone).toMatch(/^138\d{8}$/);
  });

  it('audits every unmasked phone read by an admin, once per officer and request, and not self reads', async () => {
    const count = async () =>
      (await h.em().getConnection().execute("select count(*)::int as n from enforcement.personal_data_access where field = 'phone'"))[0].n as number;
    const before = await count();
    await h.execute(OFFICERS, { first: 10 }, actors.admin('admin-audit'));
    expect((await count()) - before).toBe(10);
    await h.execute(`query($id: ID!) { officer(id: $id) { phone } }`, { id: demoOfficerId(2) }, actors.officer(demoOfficerId(2)));
    expect((await count()) - before).toBe(10);
    const [row] = await h
      .em()
      .getConnection()
      .execute('select actor_subject, actor_roles, entity from enforcement.personal_data_access order by id desc limit 1');
    expect(row).toEqual({ actor_subject: 'admin-audit', actor_roles: ['ADMIN'], entity: 'Officer' });
  });

  it('refuses anonymous callers with UNAUTHENTICATED', async () => {
    const res = await h.execute(OFFICERS, { first: 5 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('rejects a page size above 100 with BAD_USER_INPUT on first', async () => {
    const res = await h.execute(OFFICERS, { first: 101 }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('rejects a forged cursor with BAD_USER_INPUT on after', async () => {
    const res = await h.execute(OFFICERS, { first: 5, after: 'not-a-cursor' }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('rejects a cursor of the right encoding but not of this list (wrong length, values that do not fit) on after', async () => {
    const forge = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const after of [forge(['3307810001']), forge(['3307810001', 'not-a-uuid']), forge(['3307810001', 7, 'extra'])]) {
      const res = await h.execute(OFFICERS, { first: 5, after }, actors.admin());
      expect({ after, extensions: res.errors?.[0]?.extensions }).toMatchObject({ after, extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
  });

  it('filters by grid cell', async () => {
    const res = await h.execute<{ officers: { edges: { node: { grids: { code: string }[] } }[] } }>(
      OFFICERS,
      { first: 50, filter: { gridCode: 'LX-YS-01' } },
      actors.admin(),
    );
    expect(res.data!.officers.edges.length).toBeGreaterThan(0);
    for (const e of res.data!.officers.edges) {
      expect(e.node.grids.map((g) => g.code)).toContain('LX-YS-01');
    }
  });
});
