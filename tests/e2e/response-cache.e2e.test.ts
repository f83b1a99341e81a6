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
});
