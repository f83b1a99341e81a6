import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { CreditEntry } from '../credit/credit-entry.entity';
import { creditCodeCheckChar } from '../party/party-codes';
import { caseInProgress, gql, officer, supervisor } from './case-fixtures';

const FILE = `query($id: ID!) { merchant(id: $id) { creditFile { score level redFlowers blackDots blacklisted civilizedMerchant entries { mark points } } } }`;
const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { disposition { id } } }`;
const AWARD = `mutation($input: AwardRedFlowerInput!) { awardRedFlower(input: $input) { entry { mark points reason } } }`;
type File = {
  merchant: { creditFile: { score: number; level: string; redFlowers: number; blackDots: number; blacklisted: boolean; civilizedMerchant: boolean } };
};

describe('merchant credit file (integration)', () => {
  let h: SubgraphHarness;
  let merchantId: string;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    const base = '91330781MA2H77001';
    const input = {
      name: '香溪测试小吃店',
      creditCode: base + creditCodeCheckChar(base),
      businessType: 'CATERING',
      address: '兰溪市香溪街1号',
      operatorName: '叶小青',
    };
    merchantId = (
      await gql<{ registerMerchant: { merchant: { id: string } } }>(
        h,
        `mutation($input: RegisterMerchantInput!) { registerMerchant(input: $input) { merchant { id } } }`,
        { input },
        officer(),
      )
    ).registerMerchant.merchant.id;
  });
  afterAll(() => h.stop());

  const file = async () => (await gql<File>(h, FILE, { id: merchantId }, actors.admin())).merchant.creditFile;

  it('starts a new merchant at 100 and level A', async () => {
    expect(await file()).toMatchObject({ score: 100, level: 'A', redFlowers: 0, blackDots: 0, blacklisted: false, civilizedMerchant: false });
  });

  it('leaves no black dot for a first-violation warning (首违不罚)', async () => {
    const c = await caseInProgress(h, merchantId, { partyKind: 'MERCHANT', violationTypeCode: 'OS-01' });
    await gql(h, RECORD, { input: { caseId: c.id, kind: 'WARNING' } }, officer());
    expect(await h.em().count(CreditEntry, { merchantId })).toBe(0);
  });

  it('adds a black dot automatically when a rectification notice is recorded, and a red flower for on-time rectification', async () => {
    const c = await caseInProgress(h, merchantId, { partyKind: 'MERCHANT', violationTypeCode: 'OS-01', minorHarm: false });
    const d = await gql<{ recordDisposition: { disposition: { id: string } } }>(
      h,
      RECORD,
      { input: { caseId: c.id, kind: 'RECTIFICATION_NOTICE' } },
      officer(),
    );
    expect(await file()).toMatchObject({ score: 95, level: 'A', blackDots: 1 });
    await gql(
      h,
      `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`,
      { input: { caseId: c.id, kind: 'PHOTO', uri: 'https://oss.lanxi.example/recheck/1.jpg', sha256: 'd'.repeat(64), capturedAt: new Date().toISOString() } },
      officer(),
    );
    await gql(
      h,
      `mutation($input: ConfirmRectificationInput!) { confirmRectification(input: $input) { disposition { id } } }`,
      { input: { dispositionId: d.recordDisposition.disposition.id } },
      officer(),
    );
    expect(await file()).toMatchObject({ score: 97, redFlowers: 1, blackDots: 1, civilizedMerchant: false });
  });

  it('lets a supervisor award a red flower and refuses an officer with FORBIDDEN', async () => {
    const res = await gql<{ awardRedFlower: { entry: unknown } }>(h, AWARD, { input: { merchantId, reason: '门前三包落实到位' } }, supervisor());
    expect(res.awardRedFlower.entry).toEqual({ mark: 'RED_FLOWER', points: 5, reason: '门前三包落实到位' });
    const before = await h.em().count(CreditEntry, { merchantId });
    const refused = await h.execute(AWARD, { input: { merchantId, reason: '自行颁发' } }, officer());
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.em().count(CreditEntry, { merchantId })).toBe(before);
  });

  it('tells the service subgraph the new level through the outbox each time the credit file changes (stall priority)', async () => {
    const sent = async () =>
      h
        .em()
        .getConnection()
        .execute<{ payload: { merchants: { level: string; score: number }[] } }[]>(
          `select payload from enforcement.outbox_message where destination = 'service' and topic = 'merchant.credit-changed' and payload->'merchants' @> ?::jsonb order by created_at`,
          [JSON.stringify([{ merchantId }])],
        );
    const before = (await sent()).length;
    await gql(h, AWARD, { input: { merchantId, reason: '获评“最美商户”' } }, supervisor());
    const after = await sent();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)!.payload.merchants).toEqual([{ merchantId, level: 'A', score: (await file()).score, blacklisted: false }]);
  });

  it('seeds credit files with every level, blacklisted merchants and civilized merchants', async () => {
    const rows = await h.em().getConnection().execute<{ id: string }[]>(`select id from "enforcement"."merchant"`);
    const files = await Promise.all(rows.map(async (r) => (await gql<File>(h, FILE, { id: r.id }, actors.admin())).merchant.creditFile));
    expect(new Set(files.map((f) => f.level))).toEqual(new Set(['A', 'B', 'C', 'D']));
    expect(files.some((f) => f.blacklisted)).toBe(true);
    expect(files.some((f) => f.civilizedMerchant)).toBe(true);
  });
});
