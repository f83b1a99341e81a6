import { randomInt } from 'node:crypto';

import { seedId } from '../../kernel/db/seed-id';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { idNumberCheckChar } from '../../subgraphs/enforcement/party/party-codes';
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

  it('evicts a cached answer when a signed-in caller’s mutation returns an entity in it', async () => {
    const units = '{ units(first: 20) { edges { node { id name } } } }';
    await executeRaw(stack.gatewayUrl, units);
    expect((await statementsFor(() => executeRaw(stack.gatewayUrl, units))).statements).toBe(0);

    const officer = await tokenFor('OFFICER', demoOfficerId(4), { unit: seedId('unit', 'yunshan') });
    const auth = { authorization: `Bearer ${officer}` };
    const first17 = `3307811991${String(randomInt(1e7)).padStart(7, '0')}`;
    const person = await executeRaw(stack.gatewayUrl, 'mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }', { input: { name: '缓存测试', idNumber: first17 + idNumberCheckChar(first17), phone: `1396${String(randomInt(1e7)).padStart(7, '0')}` } }, auth);
    const created = await executeRaw(
      stack.gatewayUrl,
      'mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id unit { id name } } } }',
      {
        input: {
          source: 'PATROL', violationTypeCode: 'SV-01', partyKind: 'PERSON', partyId: (person.data as { registerPerson: { person: { id: string } } }).registerPerson.person.id,
          gridCode: 'LX-YS-01', description: '桃花坞社区流动摊贩占道经营', lat: 29.184, lng: 119.435, address: '兰溪市云山街道桃花坞社区',
          occurredAt: new Date(Date.now() - 3600_000).toISOString(),
        },
      },
      auth,
    );
    expect(created.errors).toBeUndefined();
    // The case's unit is in the cached list: the cached answer is gone, the next anonymous call reads again.
    expect((await statementsFor(() => executeRaw(stack.gatewayUrl, units))).statements).toBeGreaterThan(0);
  });
});
