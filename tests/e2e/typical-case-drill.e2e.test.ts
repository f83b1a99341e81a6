import { randomUUID } from 'node:crypto';

import { seedId } from '../../kernel/db/seed-id';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const YUNSHAN = seedId('unit', 'yunshan');
const LEADER = demoOfficerId(3);
const OFFICER = demoOfficerId(4);

const CREATE_DRILL = `mutation($input: CreateDrillInput!) { createDrill(input: $input) { drill { id sourceCaseId sourceCaseSummary sourceCase { id number isTypicalCase } } } }`;
const CREATE_DRILL_TRAINER = `mutation($input: CreateDrillInput!) { createDrill(input: $input) { drill { id sourceCaseId sourceCaseSummary } } }`;
const REVIEW = `mutation($input: ReviewCaseInput!) { reviewCase(input: $input) { review { isTypicalCase } } }`;
const OFFICER_CASES = `query($id: ID!, $filter: CaseFilter) { officer(id: $id) { cases(first: 50, filter: $filter) { totalCount edges { node { id status assignee { id } } } } } }`;
const SURVEY = `mutation($input: SubmitSatisfactionSurveyInput!) { submitSatisfactionSurvey(input: $input) { survey { subject } } }`;

const choice = (key: string, next: string) => ({
  key,
  text: '选项内容',
  next,
  legality: 5,
  communication: 5,
  deEscalation: 5,
  service: 5,
  feedback: '讲评内容',
});
const drillInput = (code: string, sourceCaseId: string) => ({
  code,
  title: '典型案例情景',
  summary: '由典型案例改编的情景模拟',
  startStepKey: 's',
  sourceCaseId,
  steps: [
    { key: 's', narrative: '开始情景', choices: [choice('a', 'e')] },
    { key: 'e', narrative: '结束情景', choices: [] },
  ],
});

/**
 * Finding 10 and the seeded-case gap of issue 9 through the gateway: drills are built only from typical cases that
 * training learnt through the outbox, `Drill.sourceCase` is the federated Case, `Officer.cases` is scoped as `cases`,
 * and the demo's closed cases reach participation so their follow-up surveys are accepted.
 */
describe("typical cases, drills and an officer's cases, through the gateway", () => {
  let stack: Stack;
  const tokens = { trainer: '', admin: '', leader: '', lanjiang: '' };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    tokens.trainer = await tokenFor('TRAINER', 'trainer-drill');
    tokens.admin = await tokenFor('ADMIN', 'admin-drill');
    tokens.leader = await tokenFor('SUPERVISOR', LEADER, { unit: YUNSHAN });
    tokens.lanjiang = await tokenFor('SUPERVISOR', 'leader-lanjiang', { unit: seedId('unit', 'lanjiang') });
    await stack.servers.enforcement.runJobsOnce(); // the demo data's outbox messages reach training and participation
  });
  afterAll(() => stack.stop());

  const raw = (query: string, variables: Record<string, unknown>, as: keyof typeof tokens) =>
    executeRaw(stack.gatewayUrl, query, variables, { authorization: `Bearer ${tokens[as]}` });
  const enf = () => stack.servers.enforcement.orm.em.fork().getConnection();
  const drillCount = async () => Number((await stack.servers.training.orm.em.fork().getConnection().execute(`select count(*) as n from training.drill`))[0].n);

  it('refuses a drill built from a made-up case or from a case that is not typical, with BAD_USER_INPUT on input.sourceCaseId, storing nothing', async () => {
    const before = await drillCount();
    const [plain] = await enf().execute(`select id from enforcement."case" where not is_typical_case order by number limit 1`);
    for (const id of [randomUUID(), plain.id]) {
      const res = await raw(CREATE_DRILL, { input: drillInput(`DRL-9${String(before).padStart(2, '0')}`, id) }, 'trainer');
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.sourceCaseId' });
    }
    expect(await drillCount()).toBe(before);
  });

  it('builds a drill from a seeded typical case and resolves Drill.sourceCase through enforcement', async () => {
    const [typical] = await enf().execute(
      `select c.id, c.number, r.summary from enforcement."case" c join enforcement.case_review r on r.case_id = c.id where c.is_typical_case order by c.number limit 1`,
    );
    const res = await raw(CREATE_DRILL, { input: drillInput('DRL-801', typical.id) }, 'admin');
    expect(res.errors).toBeUndefined();
    expect(res.data!.createDrill).toEqual({
      drill: {
        id: expect.any(String),
        sourceCaseId: typical.id,
        sourceCaseSummary: typical.summary,
        sourceCase: { id: typical.id, number: typical.number, isTypicalCase: true },
      },
    });
  });

  it("accepts a case as a drill source once a supervisor's review marks it typical, and not before", async () => {
    const [closed] = await enf().execute(
      `select c.id from enforcement."case" c where c.status = 'CLOSED' and c.unit_id = ? and not exists (select 1 from enforcement.case_review r where r.case_id = c.id) order by c.number limit 1`,
      [YUNSHAN],
    );
    expect((await raw(CREATE_DRILL, { input: drillInput('DRL-802', closed.id) }, 'trainer')).errors?.[0]?.extensions).toMatchObject({
      field: 'input.sourceCaseId',
    });
    const reviewed = await raw(REVIEW, { input: { caseId: closed.id, score: 96, summary: '首违不罚、教育在先的典型处置', isTypicalCase: true } }, 'leader');
    expect(reviewed.errors).toBeUndefined();
    await stack.servers.enforcement.runJobsOnce(); // outbox relay → training's copy of typical cases
    // a trainer reads the case's public summary; the Case itself follows enforcement's access rules (staff)
    const res = await raw(CREATE_DRILL_TRAINER, { input: drillInput('DRL-802', closed.id) }, 'trainer');
    expect(res.errors).toBeUndefined();
    expect(res.data!.createDrill).toMatchObject({ drill: { sourceCaseId: closed.id, sourceCaseSummary: '首违不罚、教育在先的典型处置' } });
  });

  it("lists an officer's cases in Officer.cases for their unit, and none to a supervisor of another unit", async () => {
    const [{ n }] = await enf().execute(`select count(*)::int as n from enforcement."case" where assignee_id = ?`, [OFFICER]);
    const mine = await raw(OFFICER_CASES, { id: OFFICER }, 'leader');
    expect(mine.errors).toBeUndefined();
    type Cases = { cases: { totalCount: number; edges: { node: { status: string; assignee: { id: string } } }[] } };
    const cases = (mine.data!.officer as Cases).cases;
    expect(n).toBeGreaterThan(0);
    expect(cases.totalCount).toBe(n);
    expect(cases.edges.length).toBe(Math.min(n, 50));
    expect(cases.edges.every((e) => e.node.assignee.id === OFFICER)).toBe(true);
    const closedOnly = (await raw(OFFICER_CASES, { id: OFFICER, filter: { status: 'CLOSED' } }, 'leader')).data!.officer as Cases;
    expect(closedOnly.cases.edges.length).toBeGreaterThan(0);
    expect(closedOnly.cases.edges.every((e) => e.node.status === 'CLOSED')).toBe(true);
    const other = await raw(OFFICER_CASES, { id: OFFICER }, 'lanjiang');
    expect((other.data!.officer as { cases: { totalCount: number } }).cases.totalCount).toBe(0);
  });

  it("accepts a follow-up survey on a seeded closed case: the demo's closed cases reach participation's copy", async () => {
    const [closed] = await enf().execute(`select id from enforcement."case" where status = 'CLOSED' and unit_id = ? order by number desc limit 1`, [YUNSHAN]);
    const res = await raw(SURVEY, { input: { caseId: closed.id, speed: 4, attitude: 5, outcome: 4 } }, 'leader');
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ submitSatisfactionSurvey: { survey: { subject: 'CASE_FOLLOW_UP' } } });
  });
});
