import { randomUUID } from 'node:crypto';

import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const RECORD = `mutation($input: RecordDispositionInput!) {
  recordDisposition(input: $input) { disposition { id kind laborHours laborStatus laborDueAt laborServedBy activity { id title kind } } }
}`;
const SIGN_UP = `mutation($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { signUp { id } } }`;
const REVIEW = `mutation($input: ReviewVolunteerHoursInput!) { reviewVolunteerHours(input: $input) { signUp { hoursStatus } } }`;
const CASE = `query($id: ID!) { case(id: $id) { dispositions { kind laborHours laborHoursVerified laborStatus } timelineVerified { valid } } }`;

/**
 * 以劳代罚 across two subgraphs: enforcement records the disposition against a participation labor-in-lieu session and
 * names the person who serves (participation learns both through the outbox); only that person signs up with it,
 * and only their approved hours travel back through the outbox and fulfil the disposition.
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
    // the session takes place tomorrow, so volunteers can still sign up for it
    await stack.servers.participation.orm.em.fork().getConnection().execute(
      `update participation.activity set starts_at = now() + interval '1 day', ends_at = now() + interval '1 day 4 hours', capacity = signed_up_count + 10 where id = ?`,
      [activityId],
    );
  });
  afterAll(() => stack.stop());

  it('refuses labor in lieu without the session to serve in, with BAD_USER_INPUT on input.activityId', async () => {
    const res = await executeRaw(stack.gatewayUrl, RECORD, {
      input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 4, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
    }, { authorization: `Bearer ${admin}` });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activityId' });
  });

  it('refuses hours that do not match the fine at ¥50 an hour, with BAD_USER_INPUT on input.laborHours', async () => {
    const res = await executeRaw(stack.gatewayUrl, RECORD, {
      input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 2, activityId, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
    }, { authorization: `Bearer ${admin}` });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.laborHours' });
  });

  it('refuses labor in lieu that names nobody to serve it, with BAD_USER_INPUT on input.laborServedBy', async () => {
    const res = await executeRaw(stack.gatewayUrl, RECORD, {
      input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 4, activityId, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
    }, { authorization: `Bearer ${admin}` });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.laborServedBy' });
  });

  it('binds the disposition to the party: only the named person signs up with it, and only their approved hours fulfil it', async () => {
    const part = stack.servers.participation.orm.em.fork().getConnection();
    const [party, other] = await part.execute(`select id, subject from participation.volunteer where status = 'ACTIVE' order by subject limit 2`);
    const recorded = await executeRaw(stack.gatewayUrl, RECORD, {
      input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 4, activityId, laborServedBy: party.subject, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
    }, { authorization: `Bearer ${admin}` });
    expect(recorded.errors).toBeUndefined();
    const disposition = (recorded.data!.recordDisposition as { disposition: { id: string; laborStatus: string; laborServedBy: string; activity: { id: string; kind: string } } }).disposition;
    expect(disposition).toMatchObject({ laborStatus: 'ASSIGNED', laborServedBy: party.subject, activity: { id: activityId, kind: 'LABOR_IN_LIEU' } });
    await stack.servers.enforcement.runJobsOnce(); // outbox relay → participation's copy of the disposition

    const signUp = (subject: string, dispositionId: string) =>
      tokenFor('VOLUNTEER', subject).then((t) => executeRaw(stack.gatewayUrl, SIGN_UP, { input: { activityId, dispositionId } }, { authorization: `Bearer ${t}` }));
    const places = async () => (await part.execute(`select signed_up_count from participation.activity where id = ?`, [activityId]))[0].signed_up_count;
    const before = await places();
    const stranger = await signUp(other.subject, disposition.id);
    expect(stranger.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.dispositionId' });
    const madeUp = await signUp(party.subject, randomUUID());
    expect(madeUp.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.dispositionId' });
    expect(await places()).toBe(before); // a refused sign-up takes no place

    // hours someone else served, however they were recorded against the disposition, never count for the party
    const foreign = randomUUID();
    await part.execute(
      `insert into participation.activity_sign_up (id, created_at, updated_at, activity_id, volunteer_id, starts_at, ends_at, hours, hours_status, disposition_id)
       select ?, now(), now(), id, ?, starts_at - interval '2 days', ends_at - interval '2 days', 4, 'PENDING', ? from participation.activity where id = ?`,
      [foreign, other.id, disposition.id, activityId],
    );
    expect((await review(foreign)).errors).toBeUndefined();
    await stack.servers.participation.runJobsOnce();
    expect((await caseNow()).dispositions.at(-1)).toMatchObject({ laborHoursVerified: 0, laborStatus: 'ASSIGNED' });

    // the party signs up and serves 4 hours; an officer approves them
    const own = await signUp(party.subject, disposition.id);
    expect(own.errors).toBeUndefined();
    const signUpId = (own.data!.signUpForActivity as { signUp: { id: string } }).signUp.id;
    await part.execute(`update participation.activity_sign_up set hours = 4, hours_status = 'PENDING' where id = ?`, [signUpId]);
    expect((await review(signUpId)).errors).toBeUndefined();
    await stack.servers.participation.runJobsOnce(); // outbox relay → enforcement
    await part.execute(`update participation.outbox_message set delivered_at = null, next_attempt_at = now()`);
    await stack.servers.participation.runJobsOnce(); // a redelivery changes nothing

    const c = await caseNow();
    expect(c.dispositions.at(-1)).toMatchObject({ kind: 'LABOR_IN_LIEU', laborHours: 4, laborHoursVerified: 4, laborStatus: 'FULFILLED' });
    expect(c.timelineVerified.valid).toBe(true);
  });

  const review = (signUpId: string) => executeRaw(stack.gatewayUrl, REVIEW, { input: { signUpId, approve: true } }, { authorization: `Bearer ${admin}` });
  const caseNow = async () =>
    (await executeRaw(stack.gatewayUrl, CASE, { id: caseId }, { authorization: `Bearer ${admin}` })).data!.case as {
      dispositions: { kind: string; laborHoursVerified: number; laborStatus: string }[];
      timelineVerified: { valid: boolean };
    };
});
