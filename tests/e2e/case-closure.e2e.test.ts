import { randomInt, randomUUID } from 'node:crypto';

import { seedId } from '../../kernel/db/seed-id';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { idNumberCheckChar } from '../../subgraphs/enforcement/party/party-codes';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const YUNSHAN = seedId('unit', 'yunshan');
const LEADER = demoOfficerId(3);
const OFFICER = demoOfficerId(4);
const OTHER_OFFICER = demoOfficerId(5);

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id } } }`;
const STEP = `mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { case { id status } } }`;
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { case { id } } }`;
const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { case { track } } }`;
const PERSON = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`;
const CASE = `query($id: ID!) { case(id: $id) { status track closure { outcome } dispositions { kind effective } } }`;
const SPOT = `mutation($input: RecordOnTheSpotInput!) { recordOnTheSpot(input: $input) { case { id status track assignee { id } } disposition { kind } } }`;
const SURVEY = `mutation($input: SubmitSatisfactionSurveyInput!) { submitSatisfactionSurvey(input: $input) { survey { subject } } }`;
const STATS = `query($period: StatsPeriodInput!) { enforcementStats(period: $period) { decisionChanges byTrack { track cases } } }`;

/**
 * Issue 9 through the gateway, as a supervisor's dashboard and an officer's app would try it: a case cannot reach
 * "closed and verified" on paper, the handler never verifies their own work, and the 721 split follows the first
 * effective decision with every change counted.
 */
describe('closure that cannot be gamed, through the gateway', () => {
  let stack: Stack;
  const tokens: Record<'officer' | 'leader' | 'deputy' | 'lanjiang', string> = { officer: '', leader: '', deputy: '', lanjiang: '' };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    tokens.officer = await tokenFor('OFFICER', OFFICER, { unit: YUNSHAN });
    tokens.leader = await tokenFor('SUPERVISOR', LEADER, { unit: YUNSHAN });
    tokens.deputy = await tokenFor('SUPERVISOR', 'deputy-leader-yunshan', { unit: YUNSHAN });
    tokens.lanjiang = await tokenFor('SUPERVISOR', 'leader-lanjiang', { unit: seedId('unit', 'lanjiang') });
  });
  afterAll(() => stack.stop());

  const raw = (query: string, variables: Record<string, unknown>, as: keyof typeof tokens) =>
    executeRaw(stack.gatewayUrl, query, variables, { authorization: `Bearer ${tokens[as]}` });
  const ok = async <T>(query: string, variables: Record<string, unknown>, as: keyof typeof tokens): Promise<T> => {
    const res = await raw(query, variables, as);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  const step = (caseId: string, action: string, as: keyof typeof tokens) => raw(STEP, { input: { caseId, action } }, as);

  /** A new person's case, filed, assigned to `assignee` and started: a first minor violation (the ladder says WARNING). */
  async function newCaseInput() {
    const first17 = `3307811991${String(randomInt(1e7)).padStart(7, '0')}`;
    const person = await ok<{ registerPerson: { person: { id: string } } }>(
      PERSON,
      { input: { name: '测试当事人', idNumber: first17 + idNumberCheckChar(first17), phone: `1396${String(randomInt(1e7)).padStart(7, '0')}` } },
      'officer',
    );
    return {
      source: 'PATROL',
      violationTypeCode: 'SV-01',
      partyKind: 'PERSON',
      partyId: person.registerPerson.person.id,
      gridCode: 'LX-YS-01',
      description: '桃花坞社区流动摊贩占道经营',
      lat: 29.184,
      lng: 119.435,
      address: '兰溪市云山街道桃花坞社区',
      occurredAt: new Date(Date.now() - 3600_000).toISOString(),
      minorHarm: true,
      correctedOnSpot: true,
    };
  }

  async function startedCase(assignee = OFFICER, starter: keyof typeof tokens = 'officer'): Promise<string> {
    const input = await newCaseInput();
    const id = (await ok<{ createCase: { case: { id: string } } }>(CREATE, { input }, 'officer')).createCase.case.id;
    await ok(STEP, { input: { caseId: id, action: 'FILE' } }, 'leader');
    await ok(ASSIGN, { input: { caseId: id, officerId: assignee } }, 'leader');
    await ok(STEP, { input: { caseId: id, action: 'START' } }, starter);
    return id;
  }

  it('refuses to verify a case that has no disposition and no finding (finding 1), leaving it RESOLVED', async () => {
    const id = await startedCase();
    expect((await step(id, 'RESOLVE', 'officer')).errors).toBeUndefined();
    const res = await step(id, 'VERIFY', 'leader');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'DECISION_REQUIRED' });
    const data = await ok<{ case: { status: string; closure: { outcome: string } } }>(CASE, { id }, 'leader');
    expect(data.case).toMatchObject({ status: 'RESOLVED', closure: { outcome: 'RESOLVED' } });
  });

  it('refuses a supervisor verifying a case they handled themselves (finding 3); another supervisor closes it', async () => {
    const id = await startedCase(LEADER, 'leader');
    await ok(RECORD, { input: { caseId: id, kind: 'WARNING' } }, 'leader');
    await ok(STEP, { input: { caseId: id, action: 'RESOLVE' } }, 'leader');
    expect((await step(id, 'VERIFY', 'leader')).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await ok<{ case: { status: string } }>(CASE, { id }, 'deputy')).case.status).toBe('RESOLVED');
    await ok(STEP, { input: { caseId: id, action: 'VERIFY' } }, 'deputy');
    await ok(STEP, { input: { caseId: id, action: 'CLOSE' } }, 'deputy');
    expect((await ok<{ case: { closure: { outcome: string } } }>(CASE, { id }, 'leader')).case.closure.outcome).toBe('CLOSED_VERIFIED');
  });

  it('keeps the track of the first effective decision and counts the change in enforcementStats (finding 4)', async () => {
    type Stats = { enforcementStats: { decisionChanges: number; byTrack: { track: string; cases: number }[] } };
    const period = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
    const before = (await ok<Stats>(STATS, { period }, 'leader')).enforcementStats;
    const id = await startedCase();
    await ok(RECORD, { input: { caseId: id, kind: 'WARNING' } }, 'officer');
    const service = { caseId: id, kind: 'SERVICE', deviationReason: '引导至兰江夜市疏导点规范经营' };
    expect((await raw(RECORD, { input: service }, 'officer')).errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.supersedeReason',
    });
    expect((await raw(RECORD, { input: { ...service, supersedeReason: '当事人已入驻疏导点' } }, 'officer')).errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const changed = await ok<{ recordDisposition: { case: { track: string } } }>(
      RECORD,
      { input: { ...service, supersedeReason: '当事人已入驻疏导点' } },
      'leader',
    );
    expect(changed.recordDisposition.case.track).toBe('MANAGEMENT');
    const data = await ok<{ case: { track: string; dispositions: unknown[] } }>(CASE, { id }, 'leader');
    expect(data.case).toMatchObject({
      track: 'MANAGEMENT',
      dispositions: [
        { kind: 'WARNING', effective: false },
        { kind: 'SERVICE', effective: true },
      ],
    });
    const after = (await ok<Stats>(STATS, { period }, 'leader')).enforcementStats;
    const cases = (s: Stats['enforcementStats']) => Object.fromEntries(s.byTrack.map((t) => [t.track, t.cases]));
    expect(after.decisionChanges).toBe(before.decisionChanges + 1);
    expect(cases(after)).toEqual({ ...cases(before), MANAGEMENT: cases(before).MANAGEMENT + 1 });
  });

  it('lets an officer finish a first minor violation alone on the spot with a second officer present (finding 7); they cannot verify it', async () => {
    const photo = { kind: 'PHOTO', uri: 'https://oss.lanxi.example/spot/e2e.jpg', sha256: 'f'.repeat(64), capturedAt: new Date().toISOString() };
    const input = { case: await newCaseInput(), kind: 'WARNING', secondOfficerId: OTHER_OFFICER, evidence: [photo] };
    const done = await ok<{ recordOnTheSpot: { case: { id: string } } }>(SPOT, { input }, 'officer');
    expect(done.recordOnTheSpot).toMatchObject({
      case: { status: 'RESOLVED', track: 'MANAGEMENT', assignee: { id: OFFICER } },
      disposition: { kind: 'WARNING' },
    });
    const id = done.recordOnTheSpot.case.id;
    expect((await step(id, 'VERIFY', 'officer')).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    await ok(STEP, { input: { caseId: id, action: 'VERIFY' } }, 'leader');
    await ok(STEP, { input: { caseId: id, action: 'CLOSE' } }, 'leader');
    expect((await ok<{ case: { closure: { outcome: string } } }>(CASE, { id }, 'leader')).case.closure.outcome).toBe('CLOSED_VERIFIED');
  });

  it('accepts a follow-up survey only for a closed case the caller may see, learnt through the outbox (finding 6)', async () => {
    const id = await startedCase();
    await ok(RECORD, { input: { caseId: id, kind: 'WARNING' } }, 'officer');
    for (const [action, as] of [
      ['RESOLVE', 'officer'],
      ['VERIFY', 'leader'],
      ['CLOSE', 'leader'],
    ] as const) {
      await ok(STEP, { input: { caseId: id, action } }, as);
    }
    const answers = { speed: 4, attitude: 5, outcome: 4 };
    const survey = (caseId: string, as: keyof typeof tokens) => raw(SURVEY, { input: { caseId, ...answers } }, as);
    expect((await survey(id, 'leader')).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.caseId' }); // not delivered yet
    await stack.servers.enforcement.runJobsOnce(); // outbox relay → participation
    expect((await survey(randomUUID(), 'leader')).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.caseId' });
    expect((await survey(id, 'lanjiang')).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await survey(id, 'leader')).data).toEqual({ submitSatisfactionSurvey: { survey: { subject: 'CASE_FOLLOW_UP' } } });
  });
});
