import { registerEnumType } from 'type-graphql';

/** 法制审核状态 */
export enum LegalReviewStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  RETURNED = 'RETURNED',
}

/** 审核结论 */
export enum LegalReviewDecision {
  APPROVE = 'APPROVE',
  RETURN = 'RETURN',
}

/** Why a decision is major (重大执法决定) and needs legal review before it is recorded. */
export enum MajorDecisionGround {
  LARGE_FINE = 'LARGE_FINE',
  OUTSIDE_DISCRETION_GRADE = 'OUTSIDE_DISCRETION_GRADE',
  CONFISCATION = 'CONFISCATION',
  LICENCE_SUSPENSION = 'LICENCE_SUSPENSION',
  LICENCE_REVOCATION = 'LICENCE_REVOCATION',
  BUSINESS_CLOSURE = 'BUSINESS_CLOSURE',
}

registerEnumType(LegalReviewStatus, {
  name: 'LegalReviewStatus',
  description: '法制审核状态 — state of a legal review',
  valuesConfig: {
    PENDING: { description: '待审核 — waiting for the legal reviewer (法制科)' },
    APPROVED: { description: '审核通过 — the decision as proposed may be recorded' },
    RETURNED: { description: '退回 — returned with written opinions; the officer may propose again' },
  },
});

registerEnumType(LegalReviewDecision, {
  name: 'LegalReviewDecision',
  description: "审核结论 — the reviewer's conclusion",
  valuesConfig: {
    APPROVE: { description: '同意 — approve the proposed decision' },
    RETURN: { description: '退回 — return it with written opinions' },
  },
});

registerEnumType(MajorDecisionGround, {
  name: 'MajorDecisionGround',
  description: '重大执法决定情形 — why a decision needs legal review (《行政处罚法》第五十八条)',
  valuesConfig: {
    LARGE_FINE: {
      description:
        '较大数额罚款 — a fine at or above the hearing-notice level in force (enforcementThresholds; by default ¥5,000 person, ¥50,000 organisation)',
    },
    OUTSIDE_DISCRETION_GRADE: { description: "超出裁量阶次 — a fine outside its discretion grade's band" },
    CONFISCATION: { description: '没收 — confiscation of illegal gains or property valued at or above enforcementThresholds.confiscationReviewFromYuan' },
    LICENCE_SUSPENSION: { description: '暂扣许可证件 — suspension of a licence' },
    LICENCE_REVOCATION: { description: '吊销许可证件 — revocation of a licence' },
    BUSINESS_CLOSURE: { description: '责令停产停业 — order to suspend production or business' },
  },
});
