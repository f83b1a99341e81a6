import { CaseTrack } from '../case/case-enums';
import { DispositionColour as C, DispositionKind as K, PenaltyProcedure } from './disposition-enums';

/** The ladder as configuration data: which step, colour and legal note each rung carries. */
export const DISPOSITION_LADDER = {
  lookBackMonths: 12,
  exemption: { kind: K.WARNING, colour: C.YELLOW, basis: '首违不罚：《中华人民共和国行政处罚法》第三十三条第一款' },
  firstOrSecond: { kind: K.RECTIFICATION_NOTICE, colour: C.ORANGE, basis: '责令限期改正' },
  repeat: { kind: K.PENALTY, colour: C.RED, basis: '依法处罚（第三次及以上或逾期未改正）' },
  laborInLieu: { kind: K.LABOR_IN_LIEU, colour: C.RED, basis: '以劳代罚（当事人自愿）' },
} as const;

export interface LadderViolationType {
  onExemptionList: boolean;
  laborInLieuAllowed: boolean;
  rectificationDays: number;
  fineMinYuan: number;
  fineMaxYuan: number;
}

export interface LadderFacts {
  /** Earlier cases of the same party for the same violation type inside the look-back window. */
  priorCaseCount: number;
  /** An earlier rectification notice whose deadline passed without rectification. */
  missedRectificationDeadline: boolean;
  minorHarm: boolean;
  correctedOnSpot: boolean;
  partyAgreesToLabor: boolean;
  type: LadderViolationType;
}

export interface Recommendation {
  kind: K;
  colour: C;
  basis: string;
  priorCaseCount: number;
  fineMinYuan: number | null;
  fineMaxYuan: number | null;
  rectificationDays: number | null;
  /** Kinds acceptable without a deviation reason (the recommendation and its lawful equivalent). */
  acceptable: K[];
}

/** 柔性执法阶梯: recommends a disposition from the party's history (pure). */
export function recommendDisposition(f: LadderFacts): Recommendation {
  const L = DISPOSITION_LADDER;
  const base = { priorCaseCount: f.priorCaseCount, fineMinYuan: null, fineMaxYuan: null, rectificationDays: null };
  if (f.priorCaseCount >= 2 || f.missedRectificationDeadline) {
    const fine = { fineMinYuan: f.type.fineMinYuan, fineMaxYuan: f.type.fineMaxYuan };
    if (f.type.laborInLieuAllowed && f.partyAgreesToLabor) {
      return { ...base, ...fine, ...L.laborInLieu, acceptable: [K.LABOR_IN_LIEU, K.PENALTY] };
    }
    return { ...base, ...fine, ...L.repeat, acceptable: [K.PENALTY] };
  }
  if (f.priorCaseCount === 0 && f.type.onExemptionList && f.minorHarm && f.correctedOnSpot) {
    return { ...base, ...L.exemption, acceptable: [K.WARNING] };
  }
  return { ...base, ...L.firstOrSecond, rectificationDays: f.type.rectificationDays, acceptable: [K.RECTIFICATION_NOTICE] };
}

/** Severity order for "harsher than recommended". */
export const SEVERITY: Record<K, number> = {
  [K.SERVICE]: 0,
  [K.WARNING]: 1,
  [K.RECTIFICATION_NOTICE]: 2,
  [K.LABOR_IN_LIEU]: 3,
  [K.PENALTY]: 3,
};

/** Colour of a disposition actually recorded. */
export function colourOf(kind: K): C {
  return { SERVICE: C.NONE, WARNING: C.YELLOW, RECTIFICATION_NOTICE: C.ORANGE, PENALTY: C.RED, LABOR_IN_LIEU: C.RED }[kind];
}

/** 721工作法: the track a disposition puts the case in. */
export function trackOf(kind: K): CaseTrack {
  switch (kind) {
    case K.SERVICE:
      return CaseTrack.SERVICE;
    case K.WARNING:
    case K.RECTIFICATION_NOTICE:
      return CaseTrack.MANAGEMENT;
    default:
      return CaseTrack.ENFORCEMENT;
  }
}

/** 简易程序 limits (《行政处罚法》第五十一条): ¥200 for a person, ¥3,000 for an organisation. */
export const SIMPLE_PROCEDURE_LIMIT_YUAN = { person: 200, organisation: 3000 } as const;
export const GENERAL_DECISION_DAYS = 90;

export function procedureFor(party: 'person' | 'organisation', fineYuan: number): PenaltyProcedure {
  return fineYuan <= SIMPLE_PROCEDURE_LIMIT_YUAN[party] ? PenaltyProcedure.SIMPLE : PenaltyProcedure.GENERAL;
}

/** A GENERAL case's decision is due within 90 days of filing (《行政处罚法》第六十条); SIMPLE is decided on the spot. */
export function decisionDueAt(procedure: PenaltyProcedure, filedAt: Date): Date {
  if (procedure === PenaltyProcedure.SIMPLE) {
    return filedAt;
  }
  return new Date(filedAt.getTime() + GENERAL_DECISION_DAYS * 24 * 3600 * 1000);
}
