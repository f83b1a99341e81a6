import { randomUUID } from 'node:crypto';

import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const RECORD = `mutation($input: RecordDispositionInput!) {
  recordDisposition(input: $input) { disposition { id kind laborHours laborStatus laborDueAt activity { id title kind } } }
}`;
const REVIEW = `mutation($input: ReviewVolunteerHoursInput!) { reviewVolunteerHours(input: $input) { signUp { hoursStatus } } }`;
const CASE = `query($id: ID!) { case(id: $id) { dispositions { kind laborHours laborHoursVerified laborStatus } timelineVerified { valid } } }`;

/**
 * 以劳代罚 across two subgraphs: enforcement records the disposition against a participation labor-in-lieu session;
 * approved hours there travel back through the outbox and fulfil the disposition.
 */
describe('labor in lieu of a fine', () => {
  let stack: Stack;
  let admin: string;
  let caseId: string;
  let activityId: string;

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    admin = await tokenFor('ADMIN', 'admin-labor');
    const enf = stack.servers.enforcement.orm.em.fork().getConnection();
    // an IN_PROGRESS case not yet decided (one effective decision per case), of a type that allows labor in lieu,
    // given a body-camera recording (执法全过程记录)
    const [c] = await enf.execute(
      `select c.id from enforcement."case" c join enforcement.violation_type t on t.code = c.violation_type_code
       where c.status = 'IN_PROGRESS' and t.labor_in_lieu_allowed
         and not exists (select 1 from enforcement.disposition d where d.case_id = c.id)
       order by c.number limit 1`,
    );
    caseId = c.id;
    await enf.execute(
      `insert into enforcement.evidence (id, created_at, updated_at, case_id, kind, uri, sha256, captured_by, captured_at)
       values (?, now(), now(), ?, 'RECORDING', 'https://oss.lanxi.example/bodycam/e2e.mp4', ?, 'admin-labor', now())`,
      [randomUUID(), caseId, 'b'.repeat(64)],
    );
    const [a] = await stack.servers.participation.orm.em.fork().getConnection().execute(
      `select id from participation.activity where kind = 'LABOR_IN_LIEU' limit 1`,
    );
    activityId = a.id;
  });
  afterAll(() => stack.stop());

  it('refuses labor in lieu without the session to serve in, with BAD_USER_INPUT on input.activityId', async () => {
    const res = await executeRaw(stack.gatewayUrl, RECORD, {
      input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 4, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
    }, { authorization: `Bearer ${admin}` });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activityId' });
  });

  it('refuses hours that do not match the fine at ¥50 an hour, with BAD_USER_INPUT on input.laborHours', async () => {
    const res = await executeRaw(stack.gatewayUrl, RECORD, {
      input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 2, activityId, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
    }, { authorization: `Bearer ${admin}` });
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.laborHours' });
  });

  it('fulfils the disposition once the approved hours reach the assigned hours, applied once', async () => {
    const recorded = await executeRaw(stack.gatewayUrl, RECORD, {
      input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 4, activityId, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
    }, { authorization: `Bearer ${admin}` });
    expect(recorded.errors).toBeUndefined();
    const disposition = (recorded.data!.recordDisposition as { disposition: { id: string; laborStatus: string; activity: { id: string; kind: string } } }).disposition;
    expect(disposition).toMatchObject({ laborStatus: 'ASSIGNED', activity: { id: activityId, kind: 'LABOR_IN_LIEU' } });

    // the party served 4 hours at the session; the organiser's record waits for an officer's approval
    const part = stack.servers.participation.orm.em.fork().getConnection();
    const [volunteer] = await part.execute(`select id from participation.volunteer where status = 'ACTIVE' limit 1`);
    const signUpId = randomUUID();
    await part.execute(
      `insert into participation.activity_sign_up (id, created_at, updated_at, activity_id, volunteer_id, starts_at, ends_at, hours, hours_status, disposition_id)
       select ?, now(), now(), id, ?, starts_at, ends_at, 4, 'PENDING', ? from participation.activity where id = ?`,
      [signUpId, volunteer.id, disposition.id, activityId],
    );
    const reviewed = await executeRaw(stack.gatewayUrl, REVIEW, { input: { signUpId, approve: true } }, { authorization: `Bearer ${admin}` });
    expect(reviewed.errors).toBeUndefined();

    await stack.servers.participation.runJobsOnce(); // outbox relay → enforcement
    await part.execute(`update participation.outbox_message set delivered_at = null, next_attempt_at = now()`);
    await stack.servers.participation.runJobsOnce(); // a redelivery changes nothing

    const after = await executeRaw(stack.gatewayUrl, CASE, { id: caseId }, { authorization: `Bearer ${admin}` });
    const c = after.data!.case as { dispositions: { kind: string; laborHoursVerified: number; laborStatus: string }[]; timelineVerified: { valid: boolean } };
    expect(c.dispositions.at(-1)).toMatchObject({ kind: 'LABOR_IN_LIEU', laborHours: 4, laborHoursVerified: 4, laborStatus: 'FULFILLED' });
    expect(c.timelineVerified.valid).toBe(true);
  });
});
