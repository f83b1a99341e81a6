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
const START = `mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { case { status } } }`;
const ENROL = `mutation($input: EnrollForLaborInLieuInput!) {
  enrollForLaborInLieu(input: $input) { signUp { id activityId volunteerId volunteer { id } servedBy enrolledBy dispositionId laborWithdrawal { cause reason } } }
}`;
const SIGN_UPS = `query($id: ID!) { activity(id: $id) { signUps { id dispositionId laborWithdrawal { cause at reason } } } }`;

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
    await addRecording(caseId);
    const [a] = await stack.servers.participation.orm.em
      .fork()
      .getConnection()
      .execute(`select id from participation.activity where kind = 'LABOR_IN_LIEU' limit 1`);
    activityId = a.id;
    // the session takes place tomorrow, so volunteers can still sign up for it
    await stack.servers.participation.orm.em
      .fork()
      .getConnection()
      .execute(
        `update participation.activity set starts_at = now() + interval '1 day', ends_at = now() + interval '1 day 4 hours', capacity = signed_up_count + 10 where id = ?`,
        [activityId],
      );
  });
  afterAll(() => stack.stop());

  const addRecording = (id: string) =>
    stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(
        `insert into enforcement.evidence (id, created_at, updated_at, case_id, kind, uri, sha256, captured_by, captured_at)
       values (?, now(), now(), ?, 'RECORDING', 'https://oss.lanxi.example/bodycam/e2e.mp4', ?, 'admin-labor', now())`,
        [randomUUID(), id, 'b'.repeat(64)],
      );

  it('refuses labor in lieu without the session to serve in, with BAD_USER_INPUT on input.activityId', async () => {
    const res = await executeRaw(
      stack.gatewayUrl,
      RECORD,
      {
        input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 4, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.activityId' });
  });

  it('refuses hours that do not match the fine at ¥50 an hour, with BAD_USER_INPUT on input.laborHours', async () => {
    const res = await executeRaw(
      stack.gatewayUrl,
      RECORD,
      {
        input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 2, activityId, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.laborHours' });
  });

  it('refuses labor in lieu that names nobody to serve it, with BAD_USER_INPUT on input.laborServedBy', async () => {
    const res = await executeRaw(
      stack.gatewayUrl,
      RECORD,
      {
        input: { caseId, kind: 'LABOR_IN_LIEU', fineYuan: 200, laborHours: 4, activityId, partyAgreesToLabor: true, deviationReason: '当事人申请以劳代罚' },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.laborServedBy' });
  });

  it('binds the disposition to the party: only the named person signs up with it, and only their approved hours fulfil it', async () => {
    const part = stack.servers.participation.orm.em.fork().getConnection();
    const [party, other] = await part.execute(`select id, subject from participation.volunteer where status = 'ACTIVE' order by subject limit 2`);
    const recorded = await executeRaw(
      stack.gatewayUrl,
      RECORD,
      {
        input: {
          caseId,
          kind: 'LABOR_IN_LIEU',
          fineYuan: 200,
          laborHours: 4,
          activityId,
          laborServedBy: party.subject,
          partyAgreesToLabor: true,
          deviationReason: '当事人申请以劳代罚',
        },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(recorded.errors).toBeUndefined();
    const disposition = (
      recorded.data!.recordDisposition as { disposition: { id: string; laborStatus: string; laborServedBy: string; activity: { id: string; kind: string } } }
    ).disposition;
    expect(disposition).toMatchObject({ laborStatus: 'ASSIGNED', laborServedBy: party.subject, activity: { id: activityId, kind: 'LABOR_IN_LIEU' } });
    await stack.servers.enforcement.runJobsOnce(); // outbox relay → participation's copy of the disposition

    const signUp = (subject: string, dispositionId: string) =>
      tokenFor('VOLUNTEER', subject).then((t) =>
        executeRaw(stack.gatewayUrl, SIGN_UP, { input: { activityId, dispositionId } }, { authorization: `Bearer ${t}` }),
      );
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

  /** Another IN_PROGRESS case of a labor-in-lieu type with no decision yet, given its body-camera recording. */
  const freshCase = async (): Promise<{ id: string; unitId: string }> => {
    const enf = stack.servers.enforcement.orm.em.fork().getConnection();
    // the demo data has one undecided case of such a type: the next ones are undecided cases given that type
    const [c] = await enf.execute(
      `select c.id, c.unit_id, c.status, c.assignee_id from enforcement."case" c
       where c.status in ('IN_PROGRESS', 'ASSIGNED') and c.id <> ?
         and not exists (select 1 from enforcement.disposition d where d.case_id = c.id)
       order by c.status = 'IN_PROGRESS' desc, c.number limit 1`,
      [caseId],
    );
    if (c.status === 'ASSIGNED') {
      // its officer starts it, as on the street
      const started = await executeRaw(
        stack.gatewayUrl,
        START,
        { input: { caseId: c.id, action: 'START' } },
        { authorization: `Bearer ${await tokenFor('OFFICER', c.assignee_id, { unit: c.unit_id })}` },
      );
      expect(started.errors).toBeUndefined();
    }
    await enf.execute(`update enforcement."case" set violation_type_code = (select violation_type_code from enforcement."case" where id = ?) where id = ?`, [
      caseId,
      c.id,
    ]);
    await addRecording(c.id);
    return { id: c.id, unitId: c.unit_id };
  };
  const assignLabor = async (id: string, servedBy: string): Promise<string> => {
    const recorded = await executeRaw(
      stack.gatewayUrl,
      RECORD,
      {
        input: {
          caseId: id,
          kind: 'LABOR_IN_LIEU',
          fineYuan: 200,
          laborHours: 4,
          activityId,
          laborServedBy: servedBy,
          partyAgreesToLabor: true,
          deviationReason: '当事人申请以劳代罚',
        },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(recorded.errors).toBeUndefined();
    await stack.servers.enforcement.runJobsOnce(); // outbox relay → participation's copy
    return (recorded.data!.recordDisposition as { disposition: { id: string } }).disposition.id;
  };
  const enrol = (token: string, dispositionId: string) =>
    executeRaw(stack.gatewayUrl, ENROL, { input: { dispositionId } }, { authorization: `Bearer ${token}` });
  type EnrolledSignUp = { id: string; volunteerId: string | null; volunteer: unknown; servedBy: string; enrolledBy: string; laborWithdrawal: unknown };

  it("lets an officer of the case's unit enrol a party who is no volunteer; their approved hours fulfil the disposition, and no one else's officer may", async () => {
    const c = await freshCase();
    const party = `citizen-party-${randomUUID().slice(0, 8)}`; // a citizen account, not a registered volunteer
    const dispositionId = await assignLabor(c.id, party);
    const part = stack.servers.participation.orm.em.fork().getConnection();
    const places = async () => (await part.execute(`select signed_up_count from participation.activity where id = ?`, [activityId]))[0].signed_up_count;
    const before = await places();

    const outsider = await enrol(await tokenFor('OFFICER', randomUUID(), { unit: randomUUID() }), dispositionId);
    expect(outsider.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'input.dispositionId' });
    const volunteer = await enrol(await tokenFor('VOLUNTEER', party), dispositionId);
    expect(volunteer.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await places()).toBe(before); // a refused enrolment takes no place

    const officer = randomUUID();
    const enrolled = await enrol(await tokenFor('OFFICER', officer, { unit: c.unitId }), dispositionId);
    expect(enrolled.errors).toBeUndefined();
    const signUp = (enrolled.data!.enrollForLaborInLieu as { signUp: EnrolledSignUp }).signUp;
    expect(signUp).toMatchObject({ volunteerId: null, volunteer: null, servedBy: party, enrolledBy: officer, laborWithdrawal: null });
    expect(await places()).toBe(before + 1);
    const again = await enrol(await tokenFor('OFFICER', officer, { unit: c.unitId }), dispositionId);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.activityId' });

    // the party serves the 4 hours; an officer approves them; enforcement counts them as the party's
    await part.execute(`update participation.activity_sign_up set hours = 4, hours_status = 'PENDING' where id = ?`, [signUp.id]);
    expect((await review(signUp.id)).errors).toBeUndefined();
    await stack.servers.participation.runJobsOnce(); // outbox relay → enforcement
    const decided = await caseOf(c.id);
    expect(decided.dispositions.at(-1)).toMatchObject({ kind: 'LABOR_IN_LIEU', laborHoursVerified: 4, laborStatus: 'FULFILLED' });
    expect(decided.timelineVerified.valid).toBe(true);
  });

  it('withdraws a superseded labor disposition from participation: new enrolments and sign-ups get CONFLICT, the existing sign-up shows why, and its hours never count', async () => {
    const c = await freshCase();
    const part = stack.servers.participation.orm.em.fork().getConnection();
    const [, , party] = await part.execute(`select id, subject from participation.volunteer where status = 'ACTIVE' order by subject limit 3`);
    const party2 = `citizen-party-${randomUUID().slice(0, 8)}`;
    const dispositionId = await assignLabor(c.id, party2);
    const supervisor = await tokenFor('SUPERVISOR', randomUUID(), { unit: c.unitId });
    const enrolled = await enrol(supervisor, dispositionId);
    expect(enrolled.errors).toBeUndefined();
    const signUpId = (enrolled.data!.enrollForLaborInLieu as { signUp: EnrolledSignUp }).signUp.id;

    const superseded = await executeRaw(
      stack.gatewayUrl,
      RECORD,
      {
        input: { caseId: c.id, kind: 'WARNING', supersedeReason: '当事人已当场整改，改为警告', deviationReason: '当事人已当场整改' },
      },
      { authorization: `Bearer ${admin}` },
    );
    expect(superseded.errors).toBeUndefined();
    await stack.servers.enforcement.runJobsOnce(); // outbox relay → participation withdraws its copy

    const listed = (await executeRaw(stack.gatewayUrl, SIGN_UPS, { id: activityId }, { authorization: `Bearer ${admin}` })).data!.activity as {
      signUps: { id: string; laborWithdrawal: { cause: string; reason: string } | null }[];
    };
    expect(listed.signUps.find((x) => x.id === signUpId)!.laborWithdrawal).toMatchObject({ cause: 'SUPERSEDED', reason: '当事人已当场整改，改为警告' });

    const places = async () => (await part.execute(`select signed_up_count from participation.activity where id = ?`, [activityId]))[0].signed_up_count;
    const before = await places();
    const again = await enrol(supervisor, dispositionId);
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.dispositionId', withdrawnCause: 'SUPERSEDED' });
    expect(again.errors![0].message).toMatch(/superseded/);
    // a volunteer named on a withdrawn copy is refused too (the copy is rewritten to name them, as a stale client might hold it)
    await part.execute(`update participation.labor_assignment set served_by = ? where id = ?`, [party.subject, dispositionId]);
    const own = await executeRaw(
      stack.gatewayUrl,
      SIGN_UP,
      { input: { activityId, dispositionId } },
      { authorization: `Bearer ${await tokenFor('VOLUNTEER', party.subject)}` },
    );
    expect(own.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.dispositionId' });
    expect(await places()).toBe(before);

    // hours of the withdrawn sign-up, approved anyway, do not change the case
    await part.execute(`update participation.activity_sign_up set hours = 4, hours_status = 'PENDING' where id = ?`, [signUpId]);
    expect((await review(signUpId)).errors).toBeUndefined();
    await stack.servers.participation.runJobsOnce();
    const after = await caseOf(c.id);
    expect(after.dispositions.find((d) => d.kind === 'LABOR_IN_LIEU')).toMatchObject({ laborHoursVerified: 0, laborStatus: 'ASSIGNED' });
    expect(after.timelineVerified.valid).toBe(true);
  });

  it('withdraws a labor disposition that lapsed back to the fine', async () => {
    const c = await freshCase();
    const dispositionId = await assignLabor(c.id, `citizen-party-${randomUUID().slice(0, 8)}`);
    await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`update enforcement.disposition set labor_due_at = now() - interval '1 minute' where id = ?`, [dispositionId]);
    await stack.servers.enforcement.runJobsOnce(); // the lapse job, then the outbox relay
    await stack.servers.enforcement.runJobsOnce();
    const res = await enrol(await tokenFor('OFFICER', randomUUID(), { unit: c.unitId }), dispositionId);
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.dispositionId', withdrawnCause: 'LAPSED' });
    expect(res.errors![0].message).toMatch(/lapsed back to the fine/);
  });

  const review = (signUpId: string) => executeRaw(stack.gatewayUrl, REVIEW, { input: { signUpId, approve: true } }, { authorization: `Bearer ${admin}` });
  const caseNow = () => caseOf(caseId);
  const caseOf = async (id: string) =>
    (await executeRaw(stack.gatewayUrl, CASE, { id }, { authorization: `Bearer ${admin}` })).data!.case as {
      dispositions: { kind: string; laborHoursVerified: number; laborStatus: string }[];
      timelineVerified: { valid: boolean };
    };
});
