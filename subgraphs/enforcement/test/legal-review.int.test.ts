import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { actor, actors } from '../../../tests/harness/actors';
import { enforcement } from '..';
import { Disposition } from '../disposition/disposition.entity';
import { LegalReview } from '../legal-review/legal-review.entity';
import { CaseEvent } from '../timeline/case-event.entity';
import { caseInProgress, gql, newPerson, OFFICER, officer, supervisor } from './case-fixtures';
import { approvedLegalReview, DECIDE_LEGAL_REVIEW, legalReviewer, REQUEST_LEGAL_REVIEW } from './legal-review-fixtures';

const RECORD = `mutation($input: RecordDispositionInput!) { recordDisposition(input: $input) { disposition { id fineYuan hearingNoticeAt } } }`;
const EVIDENCE = `mutation($input: AddEvidenceInput!) { addEvidence(input: $input) { evidence { id } } }`;
const TRAIL = `query($id: ID!) { case(id: $id) { legalReviews { status opinion grounds reviewedBy } timelineVerified { valid } } }`;
const QUEUE = `query { legalReviews(first: 50, filter: { status: PENDING }) { edges { node { id caseNumber violationTypeCode fineYuan grounds } } } }`;

/** CF-01 (catering fumes, ¥5,000–50,000) against a person: any fine is at or above the ¥5,000 hearing-notice level. */
const LARGE = { kind: 'PENALTY', fineYuan: 8_000, discretion: { grade: 'MINOR', facts: '净化设施未正常使用，未引起投诉' } };

describe('重大执法决定法制审核 — legal review of major decisions (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(enforcement, { seeded: true });
  });
  afterAll(() => h.stop());

  const majorCase = async () => {
    const c = await caseInProgress(h, await newPerson(h), { violationTypeCode: 'CF-01', minorHarm: false, correctedOnSpot: false });
    await gql(
      h,
      EVIDENCE,
      {
        input: { caseId: c.id, kind: 'RECORDING', uri: 'https://evidence.lanxi.example/l/1.mp4', sha256: 'e'.repeat(64), capturedAt: new Date().toISOString() },
      },
      officer(),
    );
    return c;
  };
  const record = (caseId: string, over: Record<string, unknown> = {}) =>
    h.execute<{ recordDisposition: { disposition: { id: string } } }>(
      RECORD,
      { input: { caseId, deviationReason: '油烟直排，情节较重，依法处罚', ...LARGE, ...over } },
      supervisor(),
    );
  const request = (caseId: string, over: Record<string, unknown> = {}) =>
    h.execute<{ requestLegalReview: { review: { id: string; grounds: string[] } } }>(
      REQUEST_LEGAL_REVIEW,
      { input: { caseId, summary: '餐饮油烟未经净化直排，证据确凿，拟罚款', ...LARGE, ...over } },
      officer(),
    );

  it('refuses a major fine without legal review with CONFLICT and writes nothing', async () => {
    const c = await majorCase();
    const events = await h.em().count(CaseEvent, { caseId: c.id });
    const res = await record(c.id);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.kind', grounds: ['LARGE_FINE'] });
    expect(await h.em().count(Disposition, { case: c.id })).toBe(0);
    expect(await h.em().count(CaseEvent, { caseId: c.id })).toBe(events);
  });

  it('records the major fine after the 法制科 approves it, with both review steps in the verified timeline', async () => {
    const c = await majorCase();
    await approvedLegalReview(h, c.id, LARGE);
    const res = await record(c.id);
    expect(res.errors).toBeUndefined();
    const actions = (await h.em().find(CaseEvent, { caseId: c.id }, { orderBy: { seq: 'asc' } })).map((e) => e.action);
    expect(actions.slice(-3)).toEqual(['LEGAL_REVIEW_REQUESTED', 'LEGAL_REVIEW_APPROVED', 'DISPOSITION']);
    const data = await gql<{ case: { legalReviews: unknown[]; timelineVerified: { valid: boolean } } }>(h, TRAIL, { id: c.id }, officer());
    expect(data.case).toEqual({
      legalReviews: [{ status: 'APPROVED', opinion: '事实清楚，证据充分，适用法律正确，同意', grounds: ['LARGE_FINE'], reviewedBy: 'legal-reviewer-1' }],
      timelineVerified: { valid: true },
    });
  });

  it('does not accept an approval of another amount', async () => {
    const c = await majorCase();
    await approvedLegalReview(h, c.id, LARGE);
    const res = await record(c.id, { fineYuan: 12_000 });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.kind' });
    expect(await h.em().count(Disposition, { case: c.id })).toBe(0);
  });

  it('lets the reviewer return a proposal with written opinions; it stays refused and the officer may propose again', async () => {
    const c = await majorCase();
    const { data } = await request(c.id);
    const reviewId = data!.requestLegalReview.review.id;
    const returned = await gql<{ decideLegalReview: { review: Record<string, unknown> } }>(
      h,
      DECIDE_LEGAL_REVIEW,
      { input: { reviewId, decision: 'RETURN', opinion: '未查明当事人经营规模，请补充调查后重新送审' } },
      legalReviewer(),
    );
    expect(returned.decideLegalReview.review).toMatchObject({ status: 'RETURNED', opinion: '未查明当事人经营规模，请补充调查后重新送审' });
    expect(await h.em().count(CaseEvent, { caseId: c.id, action: 'LEGAL_REVIEW_RETURNED', reason: '未查明当事人经营规模，请补充调查后重新送审' })).toBe(1);
    expect((await record(c.id)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await request(c.id)).errors).toBeUndefined();
  });

  it('refuses a second pending review on the same case with CONFLICT', async () => {
    const c = await majorCase();
    expect((await request(c.id)).errors).toBeUndefined();
    expect((await request(c.id)).errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.caseId' });
    expect(await h.em().count(LegalReview, { case: c.id })).toBe(1);
  });

  it('never lets the handling officer review, even holding the reviewer role, and changes nothing', async () => {
    const c = await majorCase();
    const { data } = await request(c.id);
    const reviewId = data!.requestLegalReview.review.id;
    const self = actor(['LEGAL_REVIEWER', 'OFFICER'], OFFICER);
    const res = await h.execute(DECIDE_LEGAL_REVIEW, { input: { reviewId, decision: 'APPROVE', opinion: '同意，自审自批' } }, self);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(LegalReview, reviewId)).status).toBe('PENDING');
    expect(await h.em().count(CaseEvent, { caseId: c.id, action: { $like: 'LEGAL_REVIEW_A%' } })).toBe(0);
  });

  it('refuses a decision by anyone without the reviewer role with FORBIDDEN, and a decided review with CONFLICT', async () => {
    const c = await majorCase();
    const reviewId = await approvedLegalReview(h, c.id, LARGE);
    const bySupervisor = await h.execute(DECIDE_LEGAL_REVIEW, { input: { reviewId, decision: 'RETURN', opinion: '再议一下吧' } }, supervisor());
    expect(bySupervisor.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const twice = await h.execute(DECIDE_LEGAL_REVIEW, { input: { reviewId, decision: 'RETURN', opinion: '再议一下吧' } }, legalReviewer());
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    expect((await h.em().findOneOrFail(LegalReview, reviewId)).status).toBe('APPROVED');
  });

  it('lists pending reviews for the 法制科 with the case number and grounds, and refuses the list to officers', async () => {
    const c = await majorCase();
    const { data } = await request(c.id);
    const queue = await gql<{ legalReviews: { edges: Array<{ node: { id: string; fineYuan: number; grounds: string[] } }> } }>(h, QUEUE, {}, legalReviewer());
    expect(queue.legalReviews.edges.map((e) => e.node)).toContainEqual(
      expect.objectContaining({ id: data!.requestLegalReview.review.id, fineYuan: 8_000, grounds: ['LARGE_FINE'], violationTypeCode: 'CF-01' }),
    );
    expect((await h.execute(QUEUE, {}, officer())).errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.execute(QUEUE, {}, actors.anonymous)).errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
