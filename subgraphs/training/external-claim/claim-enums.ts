import { registerEnumType } from 'type-graphql';

export enum ClaimStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(ClaimStatus, {
  name: 'ClaimStatus',
  description: '审核状态 — state of an external-training claim',
  valuesConfig: {
    PENDING: { description: '待审核 — submitted, awaiting a trainer' },
    APPROVED: { description: '已通过 — approved; its hours are in the ledger (EXTERNAL_TRAINING)' },
    REJECTED: { description: '已驳回 — rejected with a reason' },
  },
});
