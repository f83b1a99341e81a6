import { systemActor } from '../../../kernel/server/create-subgraph-server';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { enforcement } from '..';
import { addWorkingDays } from '../calendar/working-calendar';
import { disclosurePublicationJob } from '../disclosure/disclosure-publication';
import { Disposition } from '../disposition/disposition.entity';
import { LegalReview } from '../legal-review/legal-review.entity';
import { EnforcementThresholds } from '../thresholds/enforcement-thresholds.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { caseInProgress, gql, newPerson, officer, supervisor } from './case-fixtures';
import { approvedLegalReview, REQUEST_LEGAL_REVIEW } from './legal-review-fixtures';

const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) {
  disposition { id measures confiscatedValueYuan procedure hearingNoticeAt } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const LIST = `query($filter: PenaltyDisclosureFilter) { penaltyDisclosures(first: 100, filter: $filter) { edges { node { caseNumber decision } } } }`;
const SET = `mutation($input: SetEnforcementThresholdsInput!) { setEnforcementThresholds(input: $input) { thresholds { version largeFinePersonYuan publicationWorkingDays } } }`;
const IN_FORCE = `query($at: DateTimeISO) { enforcementThresholds(at: $at) { version largeFinePersonYuan largeFineOrganisationYuan publicationWorkingDays withdrawalWorkingDays } }`;
const BACKLOG = `query { penaltyDisclosureBacklog { items { dispositionId dueBy } } }`;
const HISTORY = `query { enforcementThresholdHistory(first: 10) { edges { node { version adoptedBy } } } }`;

/** SV-02 (fixed stall beyond its permitted area, ¥100–1,000): the stall permit is the licence that may be suspended. */
const STALL = { kind: 'PENALTY', fineYuan: 200, discretion: { grade: 'MINOR', facts: '超出摊位范围约1平方米，经责令后改正' } };
const REASON = '多次超范围经营，依法处罚';

describe('重大执法决定 — confiscation, licence measures and configurable thresholds (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  const caseOf = async (violationTypeCode: string) => {
    const c = await caseInProgress(h, await newPerson(h), { violationTypeCode, minorHarm: false, correctedOnSpot: false });
    await gql(
      h,
      EVIDENCE,
      {
        input: { caseId: c.id, kind: 'RECORDING', uri: 'https://evidence.lanxi.example/m/1.mp4', sha256: 'c'.repeat(64), capturedAt: new Date().toISOString() },
      },
      officer(),
    );
    return c;
  };
  const record = (caseId: string, over: Record<string, unknown>) =>
    h.execute<{ recordDisposition: { disposition: Record<string, unknown> & { id: string } } }>(
      RECORD,
      { input: { caseId, deviationReason: REASON, ...STALL, ...over } },
      supervisor(),
    );
  const unchanged = async (caseId: string, events: number) => {
    expect(await h.em().count(Disposition, { case: caseId })).toBe(0);
    expect(await h.em().count(CaseEvent, { caseId })).toBe(events);
  };

  it('refuses a licence suspension without legal review even with a small fine, and an approval of other measures does not cover it', async () => {
    const c = await caseOf('SV-02');
    const events = await h.em().count(CaseEvent, { caseId: c.id });
    const refused = await record(c.id, { measures: ['SUSPEND_LICENCE'] });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.kind', grounds: ['LICENCE_SUSPENSION'] });
    await unchanged(c.id, events);
    await approvedLegalReview(h, c.id, { ...STALL, measures: ['REVOKE_LICENCE'] });
    const other = await record(c.id, { measures: ['SUSPEND_LICENCE'] });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', grounds: ['LICENCE_SUSPENSION'] });
    expect(await h.em().count(Disposition, { case: c.id })).toBe(0);
  });

  it('records a confiscation with a licence suspension once exactly that was approved: general procedure, hearing notice, published in plain words', async () => {
    const c = await caseOf('SV-02');
    const proposal = { ...STALL, measures: ['CONFISCATE_ILLEGAL_PROPERTY', 'SUSPEND_LICENCE'], confiscatedValueYuan: 800 };
    const reviewId = await approvedLegalReview(h, c.id, proposal);
    expect((await h.em().findOneOrFail(LegalReview, reviewId)).grounds).toEqual(['CONFISCATION', 'LICENCE_SUSPENSION']);
    const res = await record(c.id, { ...proposal, measures: ['SUSPEND_LICENCE', 'CONFISCATE_ILLEGAL_PROPERTY'] });
    expect(res.errors).toBeUndefined();
    const d = res.data!.recordDisposition.disposition;
    expect(d).toMatchObject({
      measures: ['SUSPEND_LICENCE', 'CONFISCATE_ILLEGAL_PROPERTY'],
      confiscatedValueYuan: 800,
      procedure: 'GENERAL',
      hearingNoticeAt: expect.any(String),
    });
    const event = await h.em().findOneOrFail(CaseEvent, { caseId: c.id, action: 'DISPOSITION' });
    expect(event.after).toMatchObject({ disposition: { measures: ['SUSPEND_LICENCE', 'CONFISCATE_ILLEGAL_PROPERTY'], confiscatedValueYuan: 800 } });

    await h.em().getConnection().execute(`update enforcement.disposition set decided_at = now() - interval '2 days' where id = ?`, [d.id]);
    await disclosurePublicationJob.run({
      scope: h.server.createScope(systemActor('enforcement')),
      peerUrl: () => undefined,
      identitySecret: h.config.identity.secret,
    });
    const listed = await gql<{ penaltyDisclosures: { edges: Array<{ node: { caseNumber: string; decision: string } }> } }>(
      h,
      LIST,
      { filter: { violationTypeCode: 'SV-02' } },
      actors.anonymous,
    );
    expect(listed.penaltyDisclosures.edges.map((e) => e.node)).toContainEqual({
      caseNumber: c.number,
      decision: '罚款人民币200元；没收非法财物（价值人民币800元）；暂扣许可证件',
    });
  });

  it('refuses a confiscation without its value with BAD_USER_INPUT, in the proposal and in the decision, and writes nothing', async () => {
    const c = await caseOf('SV-02');
    const events = await h.em().count(CaseEvent, { caseId: c.id });
    const input = { caseId: c.id, summary: '超范围经营，拟没收经营工具', ...STALL, measures: ['CONFISCATE_ILLEGAL_GAINS'] };
    const proposed = await h.execute(REQUEST_LEGAL_REVIEW, { input }, officer());
    expect(proposed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.confiscatedValueYuan' });
    const recorded = await record(c.id, { measures: ['CONFISCATE_ILLEGAL_GAINS'] });
    expect(recorded.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.confiscatedValueYuan' });
    const onWarning = await record(c.id, { kind: 'WARNING', fineYuan: null, discretion: null, measures: ['SUSPEND_LICENCE'] });
    expect(onWarning.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.measures' });
    expect(await h.em().count(LegalReview, { case: c.id })).toBe(0);
    await unchanged(c.id, events);
  });

  // from here on: version 2 of the thresholds is in force for the rest of this database
  it('lets only an ADMIN adopt lower large-fine amounts from now on; a ¥4,000 fine then needs legal review, and history keeps version 1', async () => {
    const before = { fineYuan: 4_000, discretion: { grade: 'SERIOUS', facts: '擅自设置大型户外招牌，拒不改正' } };
    expect((await record((await caseOf('AD-01')).id, before)).errors).toBeUndefined();

    const input = {
      effectiveFrom: new Date().toISOString(),
      largeFinePersonYuan: 3_000,
      largeFineOrganisationYuan: 30_000,
      confiscationReviewFromYuan: 0,
      publicationWorkingDays: 5,
      withdrawalWorkingDays: 2,
      disclosureReviewHours: 12,
      adoptedBy: '兰综执〔2026〕5号',
    };
    expect((await h.execute(SET, { input }, supervisor())).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const past = await h.execute(SET, { input: { ...input, effectiveFrom: '2026-01-01T00:00:00Z' } }, actors.admin());
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.effectiveFrom' });
    const loose = await h.execute(SET, { input: { ...input, publicationWorkingDays: 8 } }, actors.admin());
    expect(loose.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.publicationWorkingDays' });
    expect(await h.em().count(EnforcementThresholds, {})).toBe(1);

    const set = await gql<{ setEnforcementThresholds: { thresholds: unknown } }>(h, SET, { input }, actors.admin());
    expect(set.setEnforcementThresholds.thresholds).toEqual({ version: 2, largeFinePersonYuan: 3_000, publicationWorkingDays: 5 });

    const refused = await record((await caseOf('AD-01')).id, before);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', grounds: ['LARGE_FINE'] });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    expect((await gql<{ enforcementThresholds: unknown }>(h, IN_FORCE, { at: yesterday }, actors.anonymous)).enforcementThresholds).toEqual({
      version: 1,
      largeFinePersonYuan: 5_000,
      largeFineOrganisationYuan: 50_000,
      publicationWorkingDays: 7,
      withdrawalWorkingDays: 3,
    });
    expect((await gql<{ enforcementThresholds: { version: number } }>(h, IN_FORCE, {}, actors.anonymous)).enforcementThresholds.version).toBe(2);
    const history = await gql<{ enforcementThresholdHistory: { edges: Array<{ node: { version: number } }> } }>(h, HISTORY, {}, actors.anonymous);
    expect(history.enforcementThresholdHistory.edges.map((e) => e.node.version)).toEqual([2, 1]);
  });

  it('gives a decision made under version 2 its 5-working-day publication deadline in the backlog', async () => {
    const res = await record((await caseOf('SV-02')).id, {});
    const id = res.data!.recordDisposition.disposition.id;
    const decidedAt = (await h.em().findOneOrFail(Disposition, id)).decidedAt;
    const backlog = await gql<{ penaltyDisclosureBacklog: { items: Array<{ dispositionId: string; dueBy: string }> } }>(h, BACKLOG, {}, supervisor());
    expect(backlog.penaltyDisclosureBacklog.items.find((i) => i.dispositionId === id)?.dueBy).toBe(addWorkingDays(decidedAt, 5).toISOString());
  });
});
