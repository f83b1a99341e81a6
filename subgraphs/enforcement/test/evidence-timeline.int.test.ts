import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { Evidence } from '../evidence/evidence.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { OFFICER, OTHER_OFFICER, caseInProgress, gql, newPerson, officer } from './case-fixtures';

const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id kind sha256 capturedBy } } }`;
const VERIFIED = `query($id: ID!) { case(id: $id) { evidenceCount timelineVerified { valid firstBrokenEventId } } }`;
const PARTY = `query($id: ID!) { case(id: $id) { party { ... on Person { name idNumber phone } } } }`;
const evidenceInput = (caseId: string, over: Record<string, unknown> = {}) => ({
  caseId,
  kind: 'PHOTO',
  uri: 'https://evidence.lanxi.example/x/1.jpg',
  sha256: 'AB'.repeat(32),
  capturedAt: new Date(Date.now() - 60_000).toISOString(),
  ...over,
});

describe('evidence, timeline and party privacy (integration)', () => {
  let h: SubgraphHarness;
  let caseId: string;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
    caseId = (await caseInProgress(h, await newPerson(h))).id;
  });
  afterAll(() => h.stop());

  it('adds evidence with a lower-cased SHA-256, captured by the caller, and counts it', async () => {
    const data = await gql<{ addEvidence: { evidence: { sha256: string; capturedBy: string } } }>(h, EVIDENCE, { input: evidenceInput(caseId) }, officer());
    expect(data.addEvidence.evidence).toMatchObject({ sha256: 'ab'.repeat(32), capturedBy: OFFICER });
    const res = await gql<{ case: { evidenceCount: number } }>(h, VERIFIED, { id: caseId }, officer());
    expect(res.case.evidenceCount).toBe(1);
  });

  it('refuses a malformed SHA-256 with BAD_USER_INPUT on input.sha256 and stores nothing', async () => {
    const before = await h.em().count(Evidence, { case: caseId });
    const res = await h.execute(EVIDENCE, { input: evidenceInput(caseId, { sha256: 'xyz' }) }, officer());
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sha256' });
    expect(await h.em().count(Evidence, { case: caseId })).toBe(before);
  });

  it('refuses evidence from an officer not assigned to the case with FORBIDDEN', async () => {
    const res = await h.execute(EVIDENCE, { input: evidenceInput(caseId) }, officer(OTHER_OFFICER));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('offers no mutation that updates or deletes evidence or timeline events', () => {
    const mutations = Object.keys(h.server.schema.getMutationType()!.getFields());
    // adding and handing over append; nothing updates or deletes
    expect(mutations.filter((m) => /evidence|event|timeline/i.test(m)).sort()).toEqual(['addEvidence', 'handOverEvidence']);
  });

  it('reports the first tampered event when a timeline row is changed with raw SQL', async () => {
    const ok = await gql<{ case: { timelineVerified: { valid: boolean } } }>(h, VERIFIED, { id: caseId }, officer());
    expect(ok.case.timelineVerified.valid).toBe(true);
    const second = await h.em().findOneOrFail(CaseEvent, { caseId, seq: 2 });
    await h.em().getConnection().execute(`update "enforcement"."case_event" set reason = '事后修改' where id = ?`, [second.id]);
    const res = await gql<{ case: { timelineVerified: unknown } }>(h, VERIFIED, { id: caseId }, officer());
    expect(res.case.timelineVerified).toEqual({ valid: false, firstBrokenEventId: second.id });
  });

  it("shows the party's ID number and phone in full to the assigned officer and ADMIN, masked to others", async () => {
    const read = async (as: ReturnType<typeof officer>) =>
      (await gql<{ case: { party: { idNumber: string; phone: string } } }>(h, PARTY, { id: caseId }, as)).case.party;
    expect(await read(officer())).toMatchObject({ idNumber: expect.stringMatching(/^330781\d{11}[\dX]$/), phone: expect.stringMatching(/^1\d{10}$/) });
    expect(await read(actors.admin())).toMatchObject({ idNumber: expect.stringMatching(/^330781\d{11}[\dX]$/) });
    expect(await read(officer(OTHER_OFFICER))).toMatchObject({
      idNumber: expect.stringMatching(/^330\*{11}\d{3}[\dX]$/),
      phone: expect.stringMatching(/^139\*{4}\d{4}$/),
    });
  });

  it("audits the unmasked reads of a party's ID number and phone, and not the masked ones", async () => {
    const audited = async () =>
      (await h.em().getConnection().execute("select count(*)::int as n from enforcement.personal_data_access where entity = 'Person'"))[0].n as number;
    const before = await audited();
    await gql(h, PARTY, { id: caseId }, officer(OTHER_OFFICER));
    expect(await audited()).toBe(before);
    await gql(h, PARTY, { id: caseId }, actors.admin('admin-party-audit'));
    expect(await audited()).toBe(before + 2);
    const fields = await h
      .em()
      .getConnection()
      .execute("select field from enforcement.personal_data_access where actor_subject = 'admin-party-audit' order by field");
    expect(fields).toEqual([{ field: 'idNumber' }, { field: 'phone' }]);
  });
});
