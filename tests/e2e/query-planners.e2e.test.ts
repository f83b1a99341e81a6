import { createGateway } from '../../gateway/create-gateway';
import type { Gateway } from '../../gateway/create-gateway';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { silentLog, testConfig } from '../harness/test-env';
import { tokenFor } from '../harness/tokens';

/** Operations authorisation partly or wholly removes, with who sends them. */
const REFUSED: { name: string; query: string; role?: 'CITIZEN' }[] = [
  { name: 'one refused root field', query: '{ officers(first: 1) { totalCount } }' },
  { name: 'two refused root fields', query: '{ officers(first: 1) { totalCount } reports(first: 1) { totalCount } }' },
  { name: 'a refused field behind a fragment', query: 'query Q { ...F } fragment F on Query { officers(first: 1) { totalCount } }' },
  { name: 'a role the caller lacks', query: '{ reports(first: 1) { totalCount } }', role: 'CITIZEN' },
  { name: 'one refused, one public root field', query: '{ officers(first: 1) { totalCount } violationTypes(first: 1) { totalCount } }' },
];

describe('both query planners behind the same subgraphs', () => {
  let stack: Stack;
  const gateways: Record<'javascript' | 'rust', { gateway: Gateway; url: string }> = {} as never;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    for (const planner of ['javascript', 'rust'] as const) {
      const gateway = createGateway(testConfig({ QUERY_PLANNER: planner }), silentLog, stack.subgraphUrls);
      gateways[planner] = { gateway, url: await gateway.listen(0) };
    }
  });
  afterAll(async () => {
    await Promise.all(Object.values(gateways).map((g) => g.gateway.stop()));
    await stack.stop();
  });

  it.each(REFUSED)('answers $name with the same data and errors, without planning an empty document', async ({ query, role }) => {
    const headers: Record<string, string> = role ? { authorization: `Bearer ${await tokenFor(role, 'planner-e2e')}` } : {};
    const js = await executeRaw(gateways.javascript.url, query, undefined, headers);
    const rust = await executeRaw(gateways.rust.url, query, undefined, headers);
    expect(rust).toEqual(js);
    expect(rust.errors?.[0]?.extensions).toMatchObject({ code: role ? 'FORBIDDEN' : 'UNAUTHENTICATED', field: expect.stringMatching(/^Query\./) });
  });

  it('answers an anonymous officers count with UNAUTHENTICATED on Query.officers and data { officers: null } on the Rust planner', async () => {
    const res = await executeRaw(gateways.rust.url, '{ officers(first: 1) { totalCount } }');
    expect(res).toMatchObject({ status: 200, data: { officers: null } });
    expect(res.errors).toEqual([expect.objectContaining({ path: ['officers'], extensions: { code: 'UNAUTHENTICATED', field: 'Query.officers' } })]);
  });

  it('calls no subgraph for an operation whose every root field is refused', async () => {
    stack.resetSql();
    await executeRaw(gateways.rust.url, '{ officers(first: 1) { totalCount } reports(first: 1) { totalCount } }');
    await executeRaw(gateways.javascript.url, '{ officers(first: 1) { totalCount } }');
    expect(stack.sqlTotal()).toBe(0);
  });

  it('refuses a field behind @include only when the variable includes it, each time the same document is sent', async () => {
    const query = 'query Q($withOfficers: Boolean!) { violationTypes(first: 1) { totalCount } officers(first: 1) @include(if: $withOfficers) { totalCount } }';
    const citizen = { authorization: `Bearer ${await tokenFor('CITIZEN', 'include-citizen')}` };
    for (const planner of ['rust', 'javascript'] as const) {
      for (const [withOfficers, headers, expected] of [
        [true, {}, ['Query.officers']],
        [false, {}, []],
        [true, {}, ['Query.officers']],
        [false, citizen, []],
        [true, citizen, []],
        [false, {}, []],
      ] as const) {
        const res = await executeRaw(gateways[planner].url, query, { withOfficers }, headers);
        const refused = (res.errors ?? []).map((e) => e.extensions?.field);
        expect({ planner, withOfficers, refused }).toEqual({ planner, withOfficers, refused: expected });
        expect((res.data as { violationTypes?: { totalCount: number } }).violationTypes?.totalCount).toEqual(expect.any(Number));
      }
    }
  });

  it('answers one document sent in turn by callers with different rights each by their own rights (plans are shared, refusals are not)', async () => {
    const query = '{ officers(first: 1) { totalCount } reports(first: 1) { totalCount } violationTypes(first: 1) { totalCount } }';
    const callers = { anonymous: {}, citizen: await tokenFor('CITIZEN', 'plan-cache-citizen'), admin: await tokenFor('ADMIN', 'plan-cache-admin') };
    for (const planner of ['rust', 'javascript'] as const) {
      for (let round = 0; round < 2; round++) {
        for (const [who, token] of Object.entries(callers)) {
          const headers: Record<string, string> = typeof token === 'string' ? { authorization: `Bearer ${token}` } : {};
          const res = await executeRaw(gateways[planner].url, query, undefined, headers);
          const refused = (res.errors ?? []).map((e) => e.extensions?.field).sort();
          const expected = { anonymous: ['Query.officers', 'Query.reports'], citizen: ['Query.reports'], admin: [] }[who];
          expect({ planner, who, refused }).toEqual({ planner, who, refused: expected });
          expect({ planner, who, types: (res.data as { violationTypes?: { totalCount: number } })?.violationTypes?.totalCount }).toEqual({
            planner,
            who,
            types: expect.any(Number),
          });
          if (who !== 'anonymous') {
            expect({ planner, who, officers: (res.data as { officers?: { totalCount: number } | null })?.officers?.totalCount }).toEqual({
              planner,
              who,
              officers: expect.any(Number),
            });
          }
        }
      }
    }
  });
});
