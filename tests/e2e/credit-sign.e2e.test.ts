import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';

const SIGNS = `query($search: String!, $first: Int) {
  merchantCreditSigns(search: $search, first: $first) { edges { node { name creditCode level redFlowers blackDots blacklisted civilizedMerchant } } }
}`;
type Sign = { name: string; creditCode: string | null; level: string; redFlowers: number; blackDots: number; blacklisted: boolean; civilizedMerchant: boolean };

/** 诚信公示牌 (issue 9, finding 8): anyone, signed in or not, reads a merchant's public credit sign, and nothing more. */
describe('public credit sign through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());
  const signs = async (search: string) => {
    const res = await executeRaw(stack.gatewayUrl, SIGNS, { search, first: 10 });
    expect(res.errors).toBeUndefined();
    return (res.data!.merchantCreditSigns as { edges: { node: Sign }[] }).edges.map((e) => e.node);
  };

  it('finds a merchant by part of its name without a token and shows its level and marks', async () => {
    const found = (await signs('鸡子粿')).filter((s) => s.name.includes('鸡子粿'));
    expect(found.map((s) => s.name)).toEqual(['兰溪鸡子粿', '兰溪鸡子粿（二店）']);
    expect((await signs('鸡子粿')).length).toBe(2);
    const [row] = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(
        `select count(*) filter (where mark = 'BLACK_DOT' and at > now() - interval '12 months')::int as dots from enforcement.merchant_credit_entry e join enforcement.merchant m on m.id = e.merchant_id where m.name = '兰溪鸡子粿'`,
      );
    expect(found[0]).toMatchObject({ level: expect.stringMatching(/^[ABCD]$/), blackDots: row.dots });
  });

  it('finds the same merchant by its unified social credit code, in any letter case', async () => {
    const [byName] = await signs('兰溪鸡子粿');
    expect(byName.creditCode).toMatch(/^[0-9A-Z]{18}$/);
    expect(await signs(byName.creditCode!.toLowerCase())).toEqual([byName]);
  });

  it('treats % and _ in the search as ordinary characters', async () => {
    expect(await signs('%%')).toEqual([]);
  });

  it('shows no personal data: the sign has no operator, phone or case field', async () => {
    const res = await executeRaw(stack.gatewayUrl, `{ merchantCreditSigns(search: "鸡子粿") { edges { node { name operatorPhone } } } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('refuses a one-character search with BAD_USER_INPUT on search', async () => {
    const res = await executeRaw(stack.gatewayUrl, SIGNS, { search: '兰', first: 10 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
  });
});
