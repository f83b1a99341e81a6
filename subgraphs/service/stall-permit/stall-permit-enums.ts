import { registerEnumType } from 'type-graphql';

export enum StallPermitStatus {
  WAITLISTED = 'WAITLISTED',
  ALLOCATED = 'ALLOCATED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
  REVOKED = 'REVOKED',
}

registerEnumType(StallPermitStatus, {
  name: 'StallPermitStatus',
  description: '摊位申请状态 — where a stall application stands',
  valuesConfig: {
    WAITLISTED: { description: '候补 — waiting for the next allocation round (better credit goes first)' },
    ALLOCATED: { description: '已分配 — a stall is held under this permit until validUntil' },
    REFUSED: { description: '不予分配 — refused; decisionReason says why (e.g. 黑名单)' },
    WITHDRAWN: { description: '已撤回 — withdrawn by the applicant' },
    REVOKED: { description: '已撤销 — revoked by the squad after a recorded warning; revocationReason says why; the stall is free again' },
  },
});
