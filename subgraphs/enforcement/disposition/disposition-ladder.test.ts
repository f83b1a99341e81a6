import { CaseTrack } from '../case/case-enums';
import { DispositionColour as C, DispositionKind as K, PenaltyProcedure as P } from './disposition-enums';
import { decisionDueAt, procedureFor, recommendDisposition, trackOf } from './disposition-ladder';
import type { LadderFacts } from './disposition-ladder';

const exemptType = { onExemptionList: true, laborInLieuAllowed: true, rectificationDays: 3, fineMinYuan: 50, fineMaxYuan: 500 };
const facts = (over: Partial<LadderFacts>): LadderFacts => ({
  priorCaseCount: 0,
  missedRectificationDeadline: false,
  minorHarm: true,
  correctedOnSpot: true,
  partyAgreesToLabor: false,
  type: exemptType,
  ...over,
});

describe('disposition ladder', () => {
  it('recommends a YELLOW warning without penalty for a first minor exempt violation corrected on the spot', () => {
    const r = recommendDisposition(facts({}));
    expect(r).toMatchObject({ kind: K.WARNING, colour: C.YELLOW, fineMinYuan: null, rectificationDays: null });
    expect(r.basis).toContain('第三十三条');
  });

  it('recommends an ORANGE rectification notice for a first case not on the exemption list', () => {
    const r = recommendDisposition(facts({ type: { ...exemptType, onExemptionList: false } }));
    expect(r).toMatchObject({ kind: K.RECTIFICATION_NOTICE, colour: C.ORANGE, rectificationDays: 3 });
  });

  it('recommends a rectification notice for a first case that was not corrected on the spot', () => {
    expect(recommendDisposition(facts({ correctedOnSpot: false })).kind).toBe(K.RECTIFICATION_NOTICE);
  });

  it('recommends a rectification notice for a first case with more than minor harm', () => {
    expect(recommendDisposition(facts({ minorHarm: false })).kind).toBe(K.RECTIFICATION_NOTICE);
  });

  it('recommends a rectification notice for the second case', () => {
    expect(recommendDisposition(facts({ priorCaseCount: 1 })).kind).toBe(K.RECTIFICATION_NOTICE);
  });

  it('recommends a RED penalty inside the fine range for the third case', () => {
    const r = recommendDisposition(facts({ priorCaseCount: 2 }));
    expect(r).toMatchObject({ kind: K.PENALTY, colour: C.RED, fineMinYuan: 50, fineMaxYuan: 500, acceptable: [K.PENALTY] });
  });

  it('recommends a penalty after a missed rectification deadline even on the second case', () => {
    expect(recommendDisposition(facts({ priorCaseCount: 1, missedRectificationDeadline: true })).kind).toBe(K.PENALTY);
  });

  it('recommends labor in lieu where allowed and the party agrees', () => {
    const r = recommendDisposition(facts({ priorCaseCount: 3, partyAgreesToLabor: true }));
    expect(r).toMatchObject({ kind: K.LABOR_IN_LIEU, colour: C.RED, acceptable: [K.LABOR_IN_LIEU, K.PENALTY] });
  });

  it('keeps the penalty when labor in lieu is not allowed for the type', () => {
    const r = recommendDisposition(facts({ priorCaseCount: 3, partyAgreesToLabor: true, type: { ...exemptType, laborInLieuAllowed: false } }));
    expect(r.kind).toBe(K.PENALTY);
  });
});

describe('721 track', () => {
  it('maps each disposition to its track', () => {
    expect(Object.values(K).map((k) => [k, trackOf(k)])).toEqual([
      [K.SERVICE, CaseTrack.SERVICE],
      [K.WARNING, CaseTrack.MANAGEMENT],
      [K.RECTIFICATION_NOTICE, CaseTrack.MANAGEMENT],
      [K.PENALTY, CaseTrack.ENFORCEMENT],
      [K.LABOR_IN_LIEU, CaseTrack.ENFORCEMENT],
    ]);
  });
});

describe('penalty procedure', () => {
  it('uses the simple procedure up to ¥200 for a person and ¥3,000 for an organisation', () => {
    expect(procedureFor('person', 200)).toBe(P.SIMPLE);
    expect(procedureFor('person', 201)).toBe(P.GENERAL);
    expect(procedureFor('organisation', 3000)).toBe(P.SIMPLE);
    expect(procedureFor('organisation', 3001)).toBe(P.GENERAL);
  });

  it('makes a general-procedure decision due 90 days after filing', () => {
    const filed = new Date('2026-03-01T08:00:00Z');
    expect(decisionDueAt(P.GENERAL, filed).toISOString()).toBe('2026-05-30T08:00:00.000Z');
    expect(decisionDueAt(P.SIMPLE, filed).toISOString()).toBe('2026-03-01T08:00:00.000Z');
  });
});
