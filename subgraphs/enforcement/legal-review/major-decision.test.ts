import { DispositionKind as K } from '../disposition/disposition-enums';
import { MajorDecisionGround as G } from './legal-review-enums';
import { majorDecisionGrounds, reviewerIsIndependent } from './major-decision';

const facts = { party: 'person' as const, kind: K.PENALTY, fineYuan: 200, withinGrade: true };

describe('重大执法决定 — which decisions need legal review (《行政处罚法》第五十八条, 国办发〔2018〕118号)', () => {
  it('needs none for an ordinary fine inside its grade', () => {
    expect(majorDecisionGrounds(facts)).toEqual([]);
  });

  it('treats a fine at the hearing-notice level as major: ¥5,000 for a person, ¥50,000 for an organisation', () => {
    expect(majorDecisionGrounds({ ...facts, fineYuan: 4_999 })).toEqual([]);
    expect(majorDecisionGrounds({ ...facts, fineYuan: 5_000 })).toEqual([G.LARGE_FINE]);
    expect(majorDecisionGrounds({ ...facts, party: 'organisation', fineYuan: 49_999 })).toEqual([]);
    expect(majorDecisionGrounds({ ...facts, party: 'organisation', fineYuan: 50_000 })).toEqual([G.LARGE_FINE]);
  });

  it('treats a fine outside its discretion grade as major, with every ground listed', () => {
    expect(majorDecisionGrounds({ ...facts, withinGrade: false })).toEqual([G.OUTSIDE_DISCRETION_GRADE]);
    expect(majorDecisionGrounds({ ...facts, fineYuan: 6_000, withinGrade: false })).toEqual([G.LARGE_FINE, G.OUTSIDE_DISCRETION_GRADE]);
  });

  it('never treats a warning or rectification notice as major', () => {
    expect(majorDecisionGrounds({ ...facts, kind: K.WARNING, fineYuan: null })).toEqual([]);
    expect(majorDecisionGrounds({ ...facts, kind: K.RECTIFICATION_NOTICE, fineYuan: null })).toEqual([]);
  });

  it('keeps the reviewer apart from the handling officer and the proposer', () => {
    expect(reviewerIsIndependent('r1', { assigneeId: 'o1', requestedBy: 'o1' })).toBe(true);
    expect(reviewerIsIndependent('o1', { assigneeId: 'o1', requestedBy: 's1' })).toBe(false);
    expect(reviewerIsIndependent('s1', { assigneeId: 'o1', requestedBy: 's1' })).toBe(false);
  });
});
