import { randomInt } from 'node:crypto';

import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { seedId } from '../../kernel/db/seed-id';
import { idNumberCheckChar } from '../../subgraphs/enforcement/party/party-codes';
import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

const POWERS = `{ violationType(code: "CF-01") { code nameZh legalBasisLaw legalBasisArticle fineMinYuan fineMaxYuan
  discretionBenchmark { version grades { grade facts fineMinYuan fineMaxYuan } } } }`;
const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) { person { id } } }`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { case { id number } } }`;
const STEP = `mutation($input: TransitionCaseInput!) { transitionCase(input: $input) { case { status } } }`;
const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { case { status } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) {
  disposition { kind fineYuan discretion { grade withinGrade benchmarkVersion } } } }`;
const REQUEST = `mutation($input: RequestLegalReviewInput!) { requestLegalReview(input: $input) { review { id status grounds } } }`;
const DECIDE = `mutation($input: DecideLegalReviewInput!) { decideLegalReview(input: $input) { review { status } } }`;
const DISCLOSURES = `query($filter: PenaltyDisclosureFilter) { penaltyDisclosures(first: 50, filter: $filter) { edges { node {
  id caseNumber status unitName violationName legalBasis decision fineYuan partyKind partyName partyCreditCode withdrawalReason withdrawalNote } } } }`;
const WITHDRAW = `mutation($input: WithdrawPenaltyDisclosureInput!) { withdrawPenaltyDisclosure(input: $input) { disclosure { status withdrawnAt withdrawalDueBy } } }`;
const PROCEDURES = `{ enforcementProcedures { code nameZh legalBasis } }`;
const BACKLOG = `{ penaltyDisclosureBacklog { pending items { dispositionId overdue dueBy } } }`;
const WITHHOLD = `mutation($input: WithholdPenaltyDisclosureInput!) { withholdPenaltyDisclosure(input: $input) { disclosure { status } } }`;
const RECORD_MEASURES = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { disposition { id measures confiscatedValueYuan hearingNoticeAt } } }`;
const THRESHOLDS = `query($at: DateTimeISO) { enforcementThresholds(at: $at) { version largeFinePersonYuan publicationWorkingDays } enforcementThresholdHistory(first: 5) { edges { node { version adoptedBy } } } }`;
const SET_THRESHOLDS = `mutation($input: SetEnforcementThresholdsInput!) { setEnforcementThresholds(input: $input) { thresholds { version effectiveFrom } } }`;
/** SV-02, a fixed stall beyond its permitted area (¥100–1,000): the stall permit may be revoked, the goods confiscated. */
const STALL = { kind: 'PENALTY', fineYuan: 300, discretion: { grade: 'MINOR', facts: '超出摊位范围约1平方米，经责令后改正' } };
const REVOKE = { ...STALL, measures: ['REVOKE_LICENCE', 'CONFISCATE_ILLEGAL_PROPERTY'], confiscatedValueYuan: 1_200 };
const TRAIL = `query($id: ID!) { case(id: $id) { dispositions { kind } legalReviews { status } timelineVerified { valid } } }`;

const OFFICER = demoOfficerId(4);
/** The ladder recommends a rectification notice for a first case: a fine needs a written reason. */
const REASON = '油烟直排扰民，多次劝导拒不整改，依法处罚';
const YUNSHAN = seedId('unit', 'yunshan');
const FINE = { kind: 'PENALTY', fineYuan: 8_000, discretion: { grade: 'MINOR', facts: '净化设施未正常使用，经责令后立即改正' } };

/** The three enforcement systems as a frontend meets them: public standards, discretion grades, legal review. */
describe('lawful enforcement through the gateway (行政执法三项制度)', () => {
  let stack: Stack;
  let officer: Record<string, string>;
  let reviewer: Record<string, string>;
  const call = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    executeRaw(stack.gatewayUrl, query, variables, headers);
  const ok = async (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => {
    const res = await call(query, variables, headers);
    expect(res.errors).toBeUndefined();
    return res.data as Record<string, Record<string, Record<string, Record<string, unknown>>>>;
  };

  /** A case against a person (catering fumes by default), in progress with a body-camera recording, opened by the officer. */
  const fumesCase = async (violationTypeCode = 'CF-01') => {
    const idBase = `3307811985${String(randomInt(1e7)).padStart(7, '0')}`;
    const supervisor = { authorization: `Bearer ${await tokenFor('SUPERVISOR', demoOfficerId(3), { unit: YUNSHAN })}` };
    const person = await ok(
      REGISTER,
      { input: { name: '王建国', idNumber: idBase + idNumberCheckChar(idBase), phone: `1396${String(randomInt(1e7)).padStart(7, '0')}` } },
      officer,
    );
    const created = await ok(
      CREATE,
      {
        input: {
          source: 'PATROL',
          violationTypeCode,
          partyKind: 'PERSON',
          partyId: person.registerPerson.person.id,
          gridCode: 'LX-YS-01',
          description: '桃花坞社区餐馆油烟未经净化直排',
          lat: 29.184,
          lng: 119.435,
          address: '兰溪市云山街道桃花坞社区',
          occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
          minorHarm: false,
          correctedOnSpot: false,
        },
      },
      officer,
    );
    const caseId = created.createCase.case.id as unknown as string;
    await ok(STEP, { input: { caseId, action: 'FILE' } }, supervisor);
    await ok(ASSIGN, { input: { caseId, officerId: OFFICER } }, supervisor);
    await ok(STEP, { input: { caseId, action: 'START' } }, officer);
    await ok(
      EVIDENCE,
      { input: { caseId, kind: 'RECORDING', uri: 'https://oss.lanxi.example/bodycam/cf.mp4', sha256: 'f'.repeat(64), capturedAt: new Date().toISOString() } },
      officer,
    );
    return { caseId, number: created.createCase.case.number as unknown as string, supervisor };
  };

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
    officer = { authorization: `Bearer ${await tokenFor('OFFICER', OFFICER, { unit: YUNSHAN })}` };
    reviewer = { authorization: `Bearer ${await tokenFor('LEGAL_REVIEWER', 'fazhike-01')}` };
  });
  afterAll(() => stack.stop());

  it("shows an anonymous caller a violation type's legal basis, fine range and graded discretion benchmark", async () => {
    const res = await call(POWERS);
    expect(res.errors).toBeUndefined();
    expect(res.data!.violationType).toMatchObject({
      code: 'CF-01',
      legalBasisLaw: '《中华人民共和国大气污染防治法》',
      fineMinYuan: 5_000,
      fineMaxYuan: 50_000,
      discretionBenchmark: {
        version: 1,
        grades: [{ grade: 'MINOR', fineMinYuan: 5_000, fineMaxYuan: 18_500 }, { grade: 'GENERAL' }, { grade: 'SERIOUS', fineMaxYuan: 50_000 }],
      },
    });
  });

  it('refuses a major fine without legal review, and records it once the 法制科 approved it', async () => {
    const { caseId, supervisor } = await fumesCase();
    const refused = await call(RECORD, { input: { caseId, ...FINE, deviationReason: REASON } }, officer);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.kind', grounds: ['LARGE_FINE'] });
    const requested = await ok(REQUEST, { input: { caseId, summary: '餐饮油烟未经净化直排，证据确凿，拟罚款八千元', ...FINE } }, officer);
    const reviewId = requested.requestLegalReview.review.id;
    const byOfficer = await call(DECIDE, { input: { reviewId, decision: 'APPROVE', opinion: '同意' } }, supervisor);
    expect(byOfficer.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    await ok(DECIDE, { input: { reviewId, decision: 'APPROVE', opinion: '事实清楚，证据充分，程序合法，同意' } }, reviewer);
    const recorded = await ok(RECORD, { input: { caseId, ...FINE, deviationReason: REASON } }, officer);
    expect(recorded.recordDisposition.disposition).toEqual({
      kind: 'PENALTY',
      fineYuan: 8_000,
      discretion: { grade: 'MINOR', withinGrade: true, benchmarkVersion: 1 },
    });
    const trail = await ok(TRAIL, { id: caseId }, officer);
    expect(trail.case).toEqual({ dispositions: [{ kind: 'PENALTY' }], legalReviews: [{ status: 'APPROVED' }], timelineVerified: { valid: true } });
  });

  it("lists last month's penalty decisions to an anonymous caller with the person by surname only; a decision revoked today leaves the list with its reason", async () => {
    const { caseId, number, supervisor } = await fumesCase();
    const requested = await ok(REQUEST, { input: { caseId, summary: '餐饮油烟未经净化直排，证据确凿，拟罚款八千元', ...FINE } }, officer);
    await ok(DECIDE, { input: { reviewId: requested.requestLegalReview.review.id, decision: 'APPROVE', opinion: '事实清楚，证据充分，同意' } }, reviewer);
    await ok(RECORD, { input: { caseId, ...FINE, deviationReason: REASON } }, officer);
    // the decision was made on the 10th of last month (China time); the publication job runs
    const cst = new Date(Date.now() + 8 * 3_600_000);
    const lastMonth = {
      from: new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth() - 1, 1) - 8 * 3_600_000),
      to: new Date(Date.UTC(cst.getUTCFullYear(), cst.getUTCMonth(), 1) - 8 * 3_600_000),
    };
    const decidedAt = new Date(lastMonth.from.getTime() + 9 * 86_400_000 + 10 * 3_600_000);
    await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`update enforcement.disposition set decided_at = ? where case_id = ?`, [decidedAt, caseId]);
    await stack.servers.enforcement.runJobsOnce();
    const filter = { decidedFrom: lastMonth.from.toISOString(), decidedTo: lastMonth.to.toISOString(), violationTypeCode: 'CF-01' };
    const listed = await call(DISCLOSURES, { filter });
    expect(listed.errors).toBeUndefined();
    const nodes = (listed.data!.penaltyDisclosures as { edges: Array<{ node: Record<string, unknown> }> }).edges.map((e) => e.node);
    const mine = nodes.find((n) => n.caseNumber === number);
    expect(mine).toMatchObject({
      status: 'PUBLISHED',
      violationName: '餐饮油烟未经净化直排',
      legalBasis: expect.stringContaining('《中华人民共和国大气污染防治法》'),
      decision: '罚款人民币8000元',
      fineYuan: 8_000,
      partyKind: 'PERSON',
      partyName: '王某',
      partyCreditCode: null,
    });
    expect(JSON.stringify(nodes)).not.toMatch(/王建国|\d{17}[\dX]|1396\d{7}/);

    const withdrawn = await ok(WITHDRAW, { input: { disclosureId: mine!.id, reason: 'DECISION_REVOKED', note: '经行政复议，原处罚决定被撤销' } }, supervisor);
    const w = withdrawn.withdrawPenaltyDisclosure.disclosure as unknown as { status: string; withdrawnAt: string; withdrawalDueBy: string };
    expect(w.status).toBe('WITHDRAWN');
    expect(Date.parse(w.withdrawnAt)).toBeLessThanOrEqual(Date.parse(w.withdrawalDueBy));
    const after = await call(DISCLOSURES, { filter });
    expect((after.data!.penaltyDisclosures as { edges: Array<{ node: { caseNumber: string } }> }).edges.map((e) => e.node.caseNumber)).not.toContain(number);
    const notices = await call(DISCLOSURES, { filter: { ...filter, status: 'WITHDRAWN' } });
    expect((notices.data!.penaltyDisclosures as { edges: Array<{ node: Record<string, unknown> }> }).edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ caseNumber: number, withdrawalReason: 'DECISION_REVOKED', withdrawalNote: '经行政复议，原处罚决定被撤销', partyName: null }),
    );
  });

  it('publishes the simple, general and hearing procedures in plain words to anyone', async () => {
    const res = await call(PROCEDURES);
    expect((res.data!.enforcementProcedures as Array<{ code: string }>).map((p) => p.code)).toEqual(['SIMPLE', 'GENERAL', 'HEARING']);
  });

  it('refuses a licence revocation with confiscation without legal review; once the 法制科 approved exactly that, it is recorded and published with the measures in plain words', async () => {
    const { caseId, number } = await fumesCase('SV-02');
    const refused = await call(RECORD_MEASURES, { input: { caseId, ...REVOKE, deviationReason: REASON } }, officer);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.kind', grounds: ['CONFISCATION', 'LICENCE_REVOCATION'] });
    const requested = await ok(REQUEST, { input: { caseId, summary: '固定摊点多次超范围经营，拟吊销摊位许可并没收经营物品', ...REVOKE } }, officer);
    await ok(
      DECIDE,
      { input: { reviewId: requested.requestLegalReview.review.id, decision: 'APPROVE', opinion: '事实清楚，证据充分，同意吊销并没收' } },
      reviewer,
    );
    const recorded = await ok(RECORD_MEASURES, { input: { caseId, ...REVOKE, deviationReason: REASON } }, officer);
    expect(recorded.recordDisposition.disposition).toMatchObject({
      measures: ['REVOKE_LICENCE', 'CONFISCATE_ILLEGAL_PROPERTY'],
      confiscatedValueYuan: 1_200,
      hearingNoticeAt: expect.any(String),
    });
    await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`update enforcement.disposition set decided_at = now() - interval '2 days' where case_id = ?`, [caseId]);
    await stack.servers.enforcement.runJobsOnce();
    const listed = await call(DISCLOSURES, { filter: { violationTypeCode: 'SV-02' } });
    const nodes = (listed.data!.penaltyDisclosures as { edges: Array<{ node: Record<string, unknown> }> }).edges.map((e) => e.node);
    expect(nodes.find((n) => n.caseNumber === number)).toMatchObject({
      decision: '罚款人民币300元；没收非法财物（价值人民币1200元）；吊销许可证件',
      partyName: '王某',
    });
  });

  it("shows the unit's supervisor a decision waiting for publication with its deadline; held back for privacy, it leaves the backlog and is never listed", async () => {
    const { caseId, number, supervisor } = await fumesCase('SV-02');
    const recorded = await ok(RECORD_MEASURES, { input: { caseId, ...STALL, deviationReason: REASON } }, officer);
    const dispositionId = recorded.recordDisposition.disposition.id as unknown as string;
    const backlog = async () =>
      ((await ok(BACKLOG, {}, supervisor)).penaltyDisclosureBacklog as unknown as { items: Array<{ dispositionId: string; overdue: boolean }> }).items;
    expect(await backlog()).toContainEqual(expect.objectContaining({ dispositionId, overdue: false }));
    const held = await ok(WITHHOLD, { input: { dispositionId, ground: 'PERSONAL_PRIVACY', reason: '当事人系重病患者，公开将披露个人隐私' } }, reviewer);
    expect(held.withholdPenaltyDisclosure.disclosure).toEqual({ status: 'WITHHELD' });
    expect((await backlog()).map((i) => i.dispositionId)).not.toContain(dispositionId);
    await stack.servers.enforcement.orm.em
      .fork()
      .getConnection()
      .execute(`update enforcement.disposition set decided_at = now() - interval '2 days' where case_id = ?`, [caseId]);
    await stack.servers.enforcement.runJobsOnce();
    const listed = await call(DISCLOSURES, { filter: { violationTypeCode: 'SV-02' } });
    expect((listed.data!.penaltyDisclosures as { edges: Array<{ node: { caseNumber: string } }> }).edges.map((e) => e.node.caseNumber)).not.toContain(number);
    expect((await ok(TRAIL, { id: caseId }, officer)).case).toMatchObject({ timelineVerified: { valid: true } });
  });

  // last: it changes the thresholds in force for the rest of this stack
  it('lets an ADMIN lower the large-fine amount from now on: anyone reads the version in force and the history, and a ¥3,000 fine then needs legal review', async () => {
    const admin = { authorization: `Bearer ${await tokenFor('ADMIN', 'admin-thresholds')}` };
    const input = {
      effectiveFrom: new Date().toISOString(),
      largeFinePersonYuan: 3_000,
      largeFineOrganisationYuan: 30_000,
      confiscationReviewFromYuan: 0,
      publicationWorkingDays: 5,
      withdrawalWorkingDays: 3,
      disclosureReviewHours: 24,
      adoptedBy: '兰综执〔2026〕5号',
    };
    expect((await call(SET_THRESHOLDS, { input }, officer)).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    await ok(SET_THRESHOLDS, { input }, admin);
    const read = await call(THRESHOLDS);
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({
      enforcementThresholds: { version: 2, largeFinePersonYuan: 3_000, publicationWorkingDays: 5 },
      enforcementThresholdHistory: {
        edges: [{ node: { version: 2, adoptedBy: '兰综执〔2026〕5号' } }, { node: { version: 1, adoptedBy: expect.stringContaining('行政处罚法') } }],
      },
    });
    const procedures = (await call(`{ enforcementProcedures { code description } }`)).data!.enforcementProcedures as Array<{
      code: string;
      description: string;
    }>;
    expect(procedures.find((p) => p.code === 'HEARING')!.description).toContain('对个人3000元以上、对单位30000元以上');
    const { caseId } = await fumesCase('AD-01');
    const fine = { kind: 'PENALTY', fineYuan: 3_000, discretion: { grade: 'GENERAL', facts: '擅自设置户外招牌，经责令后逾期改正' }, deviationReason: REASON };
    const refused = await call(RECORD, { input: { caseId, ...fine } }, officer);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', grounds: ['LARGE_FINE'] });
  });
});
