import { randomUUID } from 'node:crypto';

import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { trackingCode } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { uri } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id number } }`;
const EVIDENCE_CASE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } case { id status evidence { id } } } }`;
const CONFIRM = `mutation($input: ConfirmRectificationInput!) { confirmRectification(input: $input) { disposition { id rectifiedAt } case { id status dispositions { id rectifiedAt } } } }`;
const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { disposition { id } } }`;
const TRACK = `query($code: String!) { trackReport(trackingCode: $code) { trackingCode contactPhone } }`;
const RECOMMEND = `query($consent: Boolean!) { cases(first: 100, filter: { status: IN_PROGRESS }) { edges { node { id recommendedDisposition(partyAgreesToLabor: $consent) { kind acceptable } } } } }`;
const SIGN_UPS = `{ activities(first: 3) { edges { node { id signUps { id } } } } }`;

/** Issue 9, frontend consistency: what the schema says is what a client gets. */
describe('frontend consistency through the gateway', () => {
  let stack: Stack;
  let admin: string;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    admin = await tokenFor('ADMIN', 'admin-frontend');
  });
  afterAll(() => stack.stop());
  const report = (photoUris: string[]) =>
    executeRaw(stack.gatewayUrl, SUBMIT, {
      input: {
        category: 'LITTERING',
        description: '兰江边步道上有人乱丢垃圾',
        location: { lat: 29.185, lng: 119.445, address: '兰溪市中洲公园' },
        photoUris,
        idempotencyKey: randomUUID(),
      },
    });

  it('accepts report photos and evidence on https and the object store, and refuses http on both with BAD_USER_INPUT', async () => {
    expect((await report(['https://oss.lanxi.example/r/1.jpg', 'oss://lanxi-media/reports/2.jpg'])).errors).toBeUndefined();
    expect((await report(['http://example.com/1.jpg'])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.photoUris' });
    const [c] = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`select id from enforcement."case" where status = 'IN_PROGRESS' order by number limit 1`);
    const evidence = (uri: string) =>
      executeRaw(
        stack.gatewayUrl,
        EVIDENCE,
        {
          input: { caseId: c.id, kind: 'PHOTO', uri, sha256: 'c'.repeat(64), capturedAt: new Date().toISOString() },
        },
        { authorization: `Bearer ${admin}` },
      );
    expect((await evidence('oss://lanxi-media/evidence/1.jpg')).errors).toBeUndefined();
    expect((await evidence('http://example.com/1.jpg')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.uri' });
  });

  it('answers Activity.signUps with an empty list for a citizen, as its description says, and the list for staff', async () => {
    const citizen = await tokenFor('CITIZEN', 'citizen-frontend');
    const asCitizen = await executeRaw(stack.gatewayUrl, SIGN_UPS, undefined, { authorization: `Bearer ${citizen}` });
    expect(asCitizen.errors).toBeUndefined();
    const nodes = (asCitizen.data!.activities as { edges: { node: { signUps: unknown[] } }[] }).edges.map((e) => e.node.signUps);
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((s) => Array.isArray(s) && s.length === 0)).toBe(true);
    const asStaff = await executeRaw(stack.gatewayUrl, SIGN_UPS, undefined, { authorization: `Bearer ${admin}` });
    expect((asStaff.data!.activities as { edges: { node: { signUps: unknown[] } }[] }).edges.some((e) => e.node.signUps.length > 0)).toBe(true);
  });

  it("answers case(id) with NOT_FOUND for an unknown id and FORBIDDEN for another unit's case, never a silent null", async () => {
    const [c] = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`select id, number, unit_id from enforcement."case" order by number limit 1`);
    const [other] = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`select id from enforcement.unit where id <> ? and parent_id is not null order by id limit 1`, [c.unit_id]);
    const stranger = await tokenFor('SUPERVISOR', 'leader-elsewhere', { unit: other.id });
    const missing = await executeRaw(stack.gatewayUrl, CASE, { id: randomUUID() }, { authorization: `Bearer ${admin}` });
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    const forbidden = await executeRaw(stack.gatewayUrl, CASE, { id: c.id }, { authorization: `Bearer ${stranger}` });
    expect(forbidden.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await executeRaw(stack.gatewayUrl, CASE, { id: c.id }, { authorization: `Bearer ${admin}` })).data).toEqual({
      case: { id: c.id, number: c.number },
    });
  });

  it('returns the case from addEvidence and confirmRectification, as every case mutation does', async () => {
    const [open] = await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(
        `select c.id from enforcement."case" c where c.status = 'IN_PROGRESS' and not exists (select 1 from enforcement.disposition d where d.case_id = c.id) order by c.number desc limit 1`,
      );
    const noticed = await executeRaw(
      stack.gatewayUrl,
      RECORD,
      { input: { caseId: open.id, kind: 'RECTIFICATION_NOTICE', deviationReason: '责令当事人限期整改' } },
      { authorization: `Bearer ${admin}` },
    );
    expect(noticed.errors).toBeUndefined();
    const notice = { id: (noticed.data!.recordDisposition as { disposition: { id: string } }).disposition.id, case_id: open.id };
    const added = await executeRaw(
      stack.gatewayUrl,
      EVIDENCE_CASE,
      {
        input: {
          caseId: notice.case_id,
          kind: 'PHOTO',
          uri: 'https://oss.lanxi.example/recheck/1.jpg',
          sha256: 'e'.repeat(64),
          capturedAt: new Date().toISOString(),
        },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(added.errors).toBeUndefined();
    const payload = added.data!.addEvidence as { evidence: { id: string }; case: { id: string; evidence: { id: string }[] } };
    expect(payload.case.id).toBe(notice.case_id);
    expect(payload.case.evidence.map((e) => e.id)).toContain(payload.evidence.id);
    const confirmed = await executeRaw(
      stack.gatewayUrl,
      CONFIRM,
      { input: { dispositionId: notice.id, note: '复查已整改' } },
      { authorization: `Bearer ${admin}` },
    );
    expect(confirmed.errors).toBeUndefined();
    const after = confirmed.data!.confirmRectification as { case: { id: string; dispositions: { id: string; rectifiedAt: string | null }[] } };
    expect(after.case.id).toBe(notice.case_id);
    expect(after.case.dispositions.find((d) => d.id === notice.id)?.rectifiedAt).toEqual(expect.any(String));
  });

  it("shows a signed-in citizen their own report's contact phone in full, staff a masked one, and another citizen nothing", async () => {
    const [me, them] = [await tokenFor('CITIZEN', 'citizen-phone-owner'), await tokenFor('CITIZEN', 'citizen-phone-other')];
    const submitted = await executeRaw(
      stack.gatewayUrl,
      SUBMIT,
      {
        input: {
          category: 'LITTERING',
          description: '兰江边步道上有人乱丢垃圾',
          location: { lat: 29.185, lng: 119.445, address: '兰溪市中洲公园' },
          contactPhone: '13812345678',
          idempotencyKey: randomUUID(),
        },
      },
      { authorization: `Bearer ${me}` },
    );
    expect(submitted.errors).toBeUndefined();
    const code = (submitted.data!.submitReport as { report: { trackingCode: string } }).report.trackingCode;
    const phoneAs = async (token: string) =>
      ((await executeRaw(stack.gatewayUrl, TRACK, { code }, { authorization: `Bearer ${token}` })).data!.trackReport as { contactPhone: string | null })
        .contactPhone;
    expect(await phoneAs(me)).toBe('13812345678');
    expect(await phoneAs(them)).toBeNull();
    expect(await phoneAs(admin)).toBe('138****5678');
  });

  it("lists labor in lieu as acceptable in recommendedDisposition only with the party's consent", async () => {
    type Rec = { cases: { edges: { node: { id: string; recommendedDisposition: { kind: string; acceptable: string[] } } }[] } };
    const ask = async (consent: boolean) =>
      ((await executeRaw(stack.gatewayUrl, RECOMMEND, { consent }, { authorization: `Bearer ${admin}` })).data as Rec).cases.edges.map((e) => e.node);
    const [without, withConsent] = [await ask(false), await ask(true)];
    const laborIds = withConsent.filter((n) => n.recommendedDisposition.acceptable.includes('LABOR_IN_LIEU')).map((n) => n.id);
    expect(laborIds.length).toBeGreaterThan(0);
    expect(without.filter((n) => laborIds.includes(n.id)).every((n) => !n.recommendedDisposition.acceptable.includes('LABOR_IN_LIEU'))).toBe(true);
    expect(without.filter((n) => laborIds.includes(n.id)).every((n) => n.recommendedDisposition.acceptable.includes('PENALTY'))).toBe(true);
  });
});
