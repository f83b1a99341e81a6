import { registerEnumType } from 'type-graphql';

/** 案件状态 (受理→立案→派遣→处置→反馈→核查→结案). */
export enum CaseStatus {
  REPORTED = 'REPORTED',
  FILED = 'FILED',
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  RESOLVED = 'RESOLVED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
  REJECTED = 'REJECTED',
  REFERRED = 'REFERRED',
}

export enum CaseSource {
  PATROL = 'PATROL',
  CITIZEN_REPORT = 'CITIZEN_REPORT',
  DEVICE = 'DEVICE',
  DEPARTMENT_REFERRAL = 'DEPARTMENT_REFERRAL',
  VOLUNTEER = 'VOLUNTEER',
  MERCHANT_VISIT = 'MERCHANT_VISIT',
}

/** 721工作法 track a case ends in. */
export enum CaseTrack {
  SERVICE = 'SERVICE',
  MANAGEMENT = 'MANAGEMENT',
  ENFORCEMENT = 'ENFORCEMENT',
}

/** A step of the lifecycle; `assignCase` performs ASSIGN, `transitionCase` the others. */
export enum CaseAction {
  FILE = 'FILE',
  ASSIGN = 'ASSIGN',
  START = 'START',
  RESOLVE = 'RESOLVE',
  VERIFY = 'VERIFY',
  REWORK = 'REWORK',
  CLOSE = 'CLOSE',
  REJECT = 'REJECT',
  REFER = 'REFER',
}

registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  description: '案件状态 — status of an enforcement case',
  valuesConfig: {
    REPORTED: { description: '受理 — reported, awaiting filing' },
    FILED: { description: '立案 — filed as a case' },
    ASSIGNED: { description: '派遣 — assigned to an officer' },
    IN_PROGRESS: { description: '处置中 — being handled' },
    RESOLVED: { description: '已处置（反馈） — handled, awaiting verification' },
    VERIFIED: { description: '已核查 — verification passed' },
    CLOSED: { description: '结案 — closed' },
    REJECTED: { description: '不予立案 — rejected' },
    REFERRED: { description: '移送 — referred to another department (not our jurisdiction)' },
  },
});

registerEnumType(CaseSource, {
  name: 'CaseSource',
  description: '案件来源 — where a case came from',
  valuesConfig: {
    PATROL: { description: '巡查发现 — found on patrol' },
    CITIZEN_REPORT: { description: '市民举报 — citizen report (随手拍)' },
    DEVICE: { description: '智能设备 — camera or sensor alert' },
    DEPARTMENT_REFERRAL: { description: '部门移送 — referred by another department' },
    VOLUNTEER: { description: '志愿者发现 — reported by a volunteer' },
    MERCHANT_VISIT: {
      description: '走访转立案 — a merchant-visit concern not solved on the spot, handed over by the service subgraph (never chosen in createCase)',
    },
  },
});

registerEnumType(CaseTrack, {
  name: 'CaseTrack',
  description: '721工作法分类 — 721 work-method track',
  valuesConfig: {
    SERVICE: { description: '服务 — solved by service (70 %)' },
    MANAGEMENT: { description: '管理 — solved by management (20 %)' },
    ENFORCEMENT: { description: '执法 — solved by enforcement (10 %)' },
  },
});

registerEnumType(CaseAction, {
  name: 'CaseAction',
  description: '流转操作 — a lifecycle step',
  valuesConfig: {
    FILE: { description: '立案 — REPORTED → FILED' },
    ASSIGN: { description: '派遣 — FILED/ASSIGNED → ASSIGNED (use assignCase)' },
    START: { description: '开始处置 — ASSIGNED → IN_PROGRESS' },
    RESOLVE: { description: '处置完毕 — IN_PROGRESS → RESOLVED' },
    VERIFY: { description: '核查通过 — RESOLVED → VERIFIED' },
    REWORK: { description: '核查不通过，返工 — RESOLVED → IN_PROGRESS (counts a rework)' },
    CLOSE: { description: '结案 — VERIFIED → CLOSED' },
    REJECT: { description: '不予立案 — REPORTED/FILED → REJECTED' },
    REFER: { description: '移送 — REPORTED/FILED/ASSIGNED → REFERRED' },
  },
});
