import { DispositionKind as K } from '../disposition/disposition-enums';
import { PenaltyMeasure as M } from '../disposition/penalty-measure';
import { STATUTORY_THRESHOLDS as T } from '../thresholds/thresholds-rules';
import { MajorDecisionGround as G } from './legal-review-enums';
import { majorDecisionGrounds, reviewerIsIndependent, sameMeasures } from './major-decision';

const facts = { party: 'person' as const, kind: K.PENALTY, fineYuan: 200, withinGrade: true };

describe('重大执法决定 — which decisions need legal review (《行政处罚法》第五十八条, 国办发〔2018〕118号)', () => {
  it('needs none for an ordinary fine inside its grade', () => {
    expect(majorDecisionGrounds(facts, T)).toEqual([]);
  });

  it('treats a fine at the hearing-notice level as major: ¥5,000 for a person, ¥50,000 for an organisation by default', () => {
    expect(majorDecisionGrounds({ ...facts, fineYuan: 4_999 }, T)).toEqual([]);
    expect(majorDecisionGrounds({ ...facts, fineYuan: 5_000 }, T)).toEqual([G.LARGE_FINE]);
    expect(majorDecisionGrounds({ ...facts, party: 'organisation', fineYuan: 49_999 }, T)).toEqual([]);
    expect(majorDecisionGrounds({ ...facts, party: 'organisation', fineYuan: 50_000 }, T)).toEqual([G.LARGE_FINE]);
  });

  it('takes the large amount from the thresholds in force (the province sets 较大数额)', () => {
    const lower = { ...T, largeFineYuan: { person: 2_000, organisation: 20_000 } };
    expect(majorDecisionGrounds({ ...facts, fineYuan: 2_000 }, lower)).toEqual([G.LARGE_FINE]);
    expect(majorDecisionGrounds({ ...facts, fineYuan: 2_000 }, T)).toEqual([]);
  });

  it('treats a fine outside its discretion grade as major, with every ground listed', () => {
    expect(majorDecisionGrounds({ ...facts, withinGrade: false }, T)).toEqual([G.OUTSIDE_DISCRETION_GRADE]);
    expect(majorDecisionGrounds({ ...facts, fineYuan: 6_000, withinGrade: false }, T)).toEqual([G.LARGE_FINE, G.OUTSIDE_DISCRETION_GRADE]);
  });

  it('treats every suspension or revocation of a licence and every closure order as major (第五十八条)', () => {
    expect(majorDecisionGrounds({ ...facts, measures: [M.SUSPEND_LICENCE] }, T)).toEqual([G.LICENCE_SUSPENSION]);
    expect(majorDecisionGrounds({ ...facts, measures: [M.REVOKE_LICENCE, M.ORDER_CLOSURE] }, T)).toEqual([G.LICENCE_REVOCATION, G.BUSINESS_CLOSURE]);
  });

  it('treats a confiscation as major from the configured value (by default every confiscation)', () => {
    const gains = { ...facts, measures: [M.CONFISCATE_ILLEGAL_GAINS], confiscatedValueYuan: 300 };
    expect(majorDecisionGrounds(gains, T)).toEqual([G.CONFISCATION]);
    expect(majorDecisionGrounds(gains, { ...T, confiscationReviewFromYuan: 1_000 })).toEqual([]);
    expect(majorDecisionGrounds({ ...gains, confiscatedValueYuan: 1_000 }, { ...T, confiscationReviewFromYuan: 1_000 })).toEqual([G.CONFISCATION]);
  });

  it('never treats a warning or rectification notice as major', () => {
    expect(majorDecisionGrounds({ ...facts, kind: K.WARNING, fineYuan: null }, T)).toEqual([]);
    expect(majorDecisionGrounds({ ...facts, kind: K.RECTIFICATION_NOTICE, fineYuan: null }, T)).toEqual([]);
  });

  it('keeps the reviewer apart from the handling officer and the proposer', () => {
    expect(reviewerIsIndependent('r1', { assigneeId: 'o1', requestedBy: 'o1' })).toBe(true);
    expect(reviewerIsIndependent('o1', { assigneeId: 'o1', requestedBy: 's1' })).toBe(false);
    expect(reviewerIsIndependent('s1', { assigneeId: 'o1', requestedBy: 's1' })).toBe(false);
  });

  it('lets an approval cover exactly the measures reviewed, in any order', () => {
    expect(sameMeasures([M.REVOKE_LICENCE, M.CONFISCATE_ILLEGAL_GAINS], [M.CONFISCATE_ILLEGAL_GAINS, M.REVOKE_LICENCE])).toBe(true);
    expect(sameMeasures([M.REVOKE_LICENCE], [M.SUSPEND_LICENCE])).toBe(false);
    expect(sameMeasures([], [M.SUSPEND_LICENCE])).toBe(false);
  });
});
