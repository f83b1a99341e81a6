import { ExemptViolationTypesDocument } from '../__generated__/graphql';
import { execute, executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/** The gateway caches the public catalogue for anonymous callers (PUBLIC_CACHE_TTL_SECONDS), nothing else. */
describe('public catalogue response cache', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ seeded: true, env: { PUBLIC_CACHE_TTL_SECONDS: '2' } });
  });
  afterAll(() => stack.stop());

  async function statementsFor(run: () => Promise<{ errors?: unknown; data?: unknown }>) {
    stack.resetSql();
    const res = await run();
    return { statements: stack.sqlTotal(), res };
  }

  it('answers a repeated anonymous catalogue query from the cache, with the same data and no SQL', async () => {
    const first = await statementsFor(() => execute(stack.gatewayUrl, ExemptViolationTypesDocument, { first: 5 }));
    const second = await statementsFor(() => execute(stack.gatewayUrl, ExemptViolationTypesDocument, { first: 5 }));
    expect(first.statements).toBeGreaterThan(0);
    expect(second.statements).toBe(0);
    expect(second.res.errors).toBeUndefined();
    expect(second.res.data).toEqual(first.res.data);
  });

  it('asks the subgraph again once the time to live has passed', async () => {
    await execute(stack.gatewayUrl, ExemptViolationTypesDocument, { first: 4 });
    await new Promise((r) => setTimeout(r, 2_200));
    const again = await statementsFor(() => execute(stack.gatewayUrl, ExemptViolationTypesDocument, { first: 4 }));
    expect(again.statements).toBeGreaterThan(0);
  });

  it('never answers a signed-in caller from the cache', async () => {
    const token = await tokenFor('CITIZEN', 'citizen-cache');
    await execute(stack.gatewayUrl, ExemptViolationTypesDocument, { first: 3 }, { token });
    const again = await statementsFor(() => execute(stack.gatewayUrl, ExemptViolationTypesDocument, { first: 3 }, { token }));
    expect(again.statements).toBeGreaterThan(0);
  });

  it('does not cache an anonymous operation that also asks for something outside the catalogue', async () => {
    const query = '{ violationTypes(first: 2) { edges { node { code } } } rewards { id } }';
    await executeRaw(stack.gatewayUrl, query);
    const again = await statementsFor(() => executeRaw(stack.gatewayUrl, query));
    expect(again.statements).toBeGreaterThan(0);
  });

  it('shows a newly published discretion benchmark to anonymous callers at once, not after the time to live', async () => {
    const benchmark = '{ violationType(code: "SV-02") { code discretionBenchmark { version } } }';
    const first = await executeRaw(stack.gatewayUrl, benchmark);
    expect((await statementsFor(() => executeRaw(stack.gatewayUrl, benchmark))).statements).toBe(0);
    const version = (first.data as { violationType: { discretionBenchmark: { version: number } } }).violationType.discretionBenchmark.version;

    const admin = { authorization: `Bearer ${await tokenFor('ADMIN', 'admin-cache')}` };
    const grades = [
      { grade: 'MINOR', facts: '首次违法，危害轻微，及时改正', fineMinYuan: 100, fineMaxYuan: 200 },
      { grade: 'GENERAL', facts: '影响通行或市容，经劝导后改正', fineMinYuan: 200, fineMaxYuan: 500 },
      { grade: 'SERIOUS', facts: '拒不改正或造成严重影响', fineMinYuan: 500, fineMaxYuan: 1000 },
    ];
    const published = await executeRaw(
      stack.gatewayUrl,
      'mutation($input: PublishDiscretionBenchmarkInput!) { publishDiscretionBenchmark(input: $input) { benchmark { version } } }',
      { input: { violationTypeCode: 'SV-02', effectiveFrom: new Date().toISOString(), adoptedBy: '兰综执〔2026〕9号', grades } },
      admin,
    );
    expect(published.errors).toBeUndefined();
    const after = await statementsFor(() => executeRaw(stack.gatewayUrl, benchmark));
    expect(after.statements).toBeGreaterThan(0);
    expect(after.res.data).toEqual({ violationType: { code: 'SV-02', discretionBenchmark: { version: version + 1 } } });
  });

  it('keeps the cached catalogue when a signed-in caller’s mutation changes nothing in it', async () => {
    const units = '{ units(first: 20) { edges { node { id name } } } }';
    await executeRaw(stack.gatewayUrl, units);
    const citizen = { authorization: `Bearer ${await tokenFor('CITIZEN', 'citizen-cache-2')}` };
    await executeRaw(stack.gatewayUrl, 'mutation { rateReport(input: { trackingCode: "NO-SUCH-CODE", rating: 5 }) { report { id } } }', {}, citizen);
    expect((await statementsFor(() => executeRaw(stack.gatewayUrl, units))).statements).toBe(0);
  });
});
