import { randomUUID } from 'node:crypto';

import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const SUBMIT = `mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { trackingCode } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { uri } } }`;
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
  const report = (photoUris: string[]) => executeRaw(stack.gatewayUrl, SUBMIT, {
    input: { category: 'LITTERING', description: '兰江边步道上有人乱丢垃圾', location: { lat: 29.185, lng: 119.445, address: '兰溪市中洲公园' }, photoUris, idempotencyKey: randomUUID() },
  });

  it('accepts report photos and evidence on https and the object store, and refuses http on both with BAD_USER_INPUT', async () => {
    expect((await report(['https://oss.lanxi.example/r/1.jpg', 'oss://lanxi-media/reports/2.jpg'])).errors).toBeUndefined();
    expect((await report(['http://example.com/1.jpg'])).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.photoUris' });
    const [c] = await stack.servers.enforcement.orm.em.fork().getConnection().execute(`select id from enforcement."case" where status = 'IN_PROGRESS' order by number limit 1`);
    const evidence = (uri: string) => executeRaw(stack.gatewayUrl, EVIDENCE, {
      input: { caseId: c.id, kind: 'PHOTO', uri, sha256: 'c'.repeat(64), capturedAt: new Date().toISOString() },
    }, { authorization: `Bearer ${admin}` });
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
});
