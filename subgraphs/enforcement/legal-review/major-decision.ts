import { DispositionKind } from '../disposition/disposition-enums';
import { CONFISCATIONS, PenaltyMeasure } from '../disposition/penalty-measure';
import type { Thresholds } from '../thresholds/thresholds-rules';
import { MajorDecisionGround } from './legal-review-enums';

/**
 * 重大执法决定法制审核 (《行政处罚法》第五十八条; 国办发〔2018〕118号《关于全面推行行政执法公示制度执法全过程记录制度
 * 重大执法决定法制审核制度的指导意见》): before a major decision the bureau's legal staff (法制科) review it; without
 * approval it cannot be made. Major are: a fine at or above the large amount (较大数额, the configured thresholds in
 * force), a fine outside its discretion grade, a confiscation from the configured value, and any suspension or
 * revocation of a licence or order to close (第五十八条 lists 吊销许可证件 and 责令停产停业 among them).
 */
export interface DecisionFacts {
  party: 'person' | 'organisation';
  kind: DispositionKind;
  fineYuan: number | null;
  /** False when a penalty's fine lies outside its discretion grade. */
  withinGrade: boolean;
  measures?: readonly PenaltyMeasure[];
  confiscatedValueYuan?: number | null;
}

const MEASURE_GROUNDS: Array<[PenaltyMeasure, MajorDecisionGround]> = [
  [PenaltyMeasure.SUSPEND_LICENCE, MajorDecisionGround.LICENCE_SUSPENSION],
  [PenaltyMeasure.REVOKE_LICENCE, MajorDecisionGround.LICENCE_REVOCATION],
  [PenaltyMeasure.ORDER_CLOSURE, MajorDecisionGround.BUSINESS_CLOSURE],
];

/** The grounds that make a decision major under the thresholds `t`; empty when it may be recorded without legal review. */
export function majorDecisionGrounds(f: DecisionFacts, t: Pick<Thresholds, 'largeFineYuan' | 'confiscationReviewFromYuan'>): MajorDecisionGround[] {
  const grounds: MajorDecisionGround[] = [];
  const measures = f.measures ?? [];
  const fined = f.kind === DispositionKind.PENALTY || f.kind === DispositionKind.LABOR_IN_LIEU;
  if (fined && f.fineYuan != null && f.fineYuan >= t.largeFineYuan[f.party]) {
    grounds.push(MajorDecisionGround.LARGE_FINE);
  }
  if (f.kind === DispositionKind.PENALTY && !f.withinGrade) {
    grounds.push(MajorDecisionGround.OUTSIDE_DISCRETION_GRADE);
  }
  if (measures.some((m) => CONFISCATIONS.includes(m)) && (f.confiscatedValueYuan ?? 0) >= t.confiscationReviewFromYuan) {
    grounds.push(MajorDecisionGround.CONFISCATION);
  }
  grounds.push(...MEASURE_GROUNDS.filter(([m]) => measures.includes(m)).map(([, g]) => g));
  return grounds;
}

/** 审核人员与承办人员分离: the reviewer is never the officer who handles the case or proposed the decision. */
export function reviewerIsIndependent(reviewer: string, handling: { assigneeId: string | null; requestedBy: string }): boolean {
  return reviewer !== handling.assigneeId && reviewer !== handling.requestedBy;
}

/** The same set of measures (order ignored): an approval covers exactly the proposal reviewed. */
export function sameMeasures(a: readonly PenaltyMeasure[], b: readonly PenaltyMeasure[]): boolean {
  return a.length === b.length && a.every((m) => b.includes(m));
}
