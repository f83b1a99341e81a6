import { DispositionKind } from '../disposition/disposition-enums';
import { LARGE_FINE_YUAN } from '../disposition/hearing-notice';
import { MajorDecisionGround } from './legal-review-enums';

/**
 * 重大执法决定法制审核 (《行政处罚法》第五十八条; 国办发〔2018〕118号《关于全面推行行政执法公示制度执法全过程记录制度
 * 重大执法决定法制审核制度的指导意见》): before a major decision the bureau's legal staff (法制科) review it; without
 * approval it cannot be made. Thresholds are configuration: by default a fine at or above the hearing-notice level
 * (较大数额罚款, hearing-notice.ts) and any fine outside its discretion grade. Confiscation and licence suspension or
 * revocation are major too; they are not dispositions this graph records.
 */
export const MAJOR_DECISION_THRESHOLDS = { largeFineYuan: LARGE_FINE_YUAN } as const;

export interface DecisionFacts {
  party: 'person' | 'organisation';
  kind: DispositionKind;
  fineYuan: number | null;
  /** False when a penalty's fine lies outside its discretion grade. */
  withinGrade: boolean;
}

/** The grounds that make a decision major; empty when it may be recorded without legal review. */
export function majorDecisionGrounds(f: DecisionFacts): MajorDecisionGround[] {
  const grounds: MajorDecisionGround[] = [];
  const fined = f.kind === DispositionKind.PENALTY || f.kind === DispositionKind.LABOR_IN_LIEU;
  if (fined && f.fineYuan != null && f.fineYuan >= MAJOR_DECISION_THRESHOLDS.largeFineYuan[f.party]) {
    grounds.push(MajorDecisionGround.LARGE_FINE);
  }
  if (f.kind === DispositionKind.PENALTY && !f.withinGrade) {
    grounds.push(MajorDecisionGround.OUTSIDE_DISCRETION_GRADE);
  }
  return grounds;
}

/** 审核人员与承办人员分离: the reviewer is never the officer who handles the case or proposed the decision. */
export function reviewerIsIndependent(reviewer: string, handling: { assigneeId: string | null; requestedBy: string }): boolean {
  return reviewer !== handling.assigneeId && reviewer !== handling.requestedBy;
}
