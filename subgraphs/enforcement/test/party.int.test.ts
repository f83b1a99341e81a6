import { seedId } from '../../../kernel/db/seed-id';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { Merchant } from '../party/merchant.entity';
import { creditCodeCheckChar, idNumberCheckChar } from '../party/party-codes';
import { Person } from '../party/person.entity';
import { gql, officer } from './case-fixtures';

const PERSON = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id name idNumber phone } } }`;
const MERCHANT = `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { merchant { id name creditCode businessType operatorPhone } } }`;
const ID = `33078119850612${'341'}`;
const CREDIT = '91330781MA2K00042';

describe('parties: registration and privacy (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  it('registers a person and shows the ID number and phone masked to an officer without a case of theirs', async () => {
    const input = { name: '方志明', idNumber: ID + idNumberCheckChar(ID), phone: '13967812345' };
    const data = await gql<{ registerPerson: { person: { id: string; idNumber: string; phone: string } } }>(h, PERSON, { input }, officer());
    expect(data.registerPerson.person).toMatchObject({ idNumber: `330***********${(ID + idNumberCheckChar(ID)).slice(-4)}`, phone: '139****2345' });
    const stored = await h.em().findOneOrFail(Person, data.registerPerson.person.id);
    expect(stored.idNumber).toBe(input.idNumber);
  });

  it('returns the same person when the ID number is registered again', async () => {
    const input = { name: '方志明', idNumber: ID + idNumberCheckChar(ID) };
    const a = await gql<{ registerPerson: { person: { id: string } } }>(h, PERSON, { input }, officer());
    const b = await gql<{ registerPerson: { person: { id: string } } }>(h, PERSON, { input }, officer());
    expect(b.registerPerson.person.id).toBe(a.registerPerson.person.id);
    expect(await h.em().count(Person, { idNumber: input.idNumber })).toBe(1);
  });

  it('refuses an ID number with a wrong check character with BAD_USER_INPUT on input.idNumber', async () => {
    const wrong = ID + (idNumberCheckChar(ID) === '0' ? '1' : '0');
    const res = await h.execute(PERSON, { input: { name: '错号', idNumber: wrong } }, officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idNumber' });
    expect(await h.em().count(Person, { idNumber: wrong })).toBe(0);
  });

  it('registers a merchant with a valid credit code and refuses an invalid one on input.creditCode', async () => {
    const input = {
      name: '兰溪老街面馆',
      creditCode: CREDIT + creditCodeCheckChar(CREDIT),
      businessType: 'CATERING',
      address: '兰溪市解放路88号',
      operatorName: '方志明',
      operatorPhone: '13967800000',
    };
    const data = await gql<{ registerMerchant: { merchant: Record<string, unknown> } }>(h, MERCHANT, { input }, officer());
    expect(data.registerMerchant.merchant).toMatchObject({
      name: '兰溪老街面馆',
      creditCode: input.creditCode,
      businessType: 'CATERING',
      operatorPhone: '139****0000',
    });
    const res = await h.execute(MERCHANT, { input: { ...input, creditCode: `${CREDIT}I` } }, officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.creditCode' });
    expect(await h.em().count(Merchant, { name: '兰溪老街面馆' })).toBe(1);
  });

  it('refuses citizens with FORBIDDEN', async () => {
    const res = await h.execute(PERSON, { input: { name: '市民', idNumber: ID + idNumberCheckChar(ID) } }, actors.citizen());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('resolves a seeded merchant by id for staff, with a valid seeded credit code', async () => {
    const id = seedId('merchant', 'm-0-0');
    const data = await gql<{ merchant: { name: string; creditCode: string } }>(
      h,
      `query($id: ID!) { merchant(id: $id) { name creditCode } }`,
      { id },
      actors.admin(),
    );
    expect(data.merchant.name).toBe('兰溪鸡子粿');
    expect(data.merchant.creditCode.slice(-1)).toBe(creditCodeCheckChar(data.merchant.creditCode.slice(0, 17)));
  });
});
