import { registerEnumType } from 'type-graphql';

export enum FeedbackKind {
  PRAISE = 'PRAISE',
  COMPLAINT = 'COMPLAINT',
}

export enum FeedbackStatus {
  RECEIVED = 'RECEIVED',
  SUBSTANTIATED = 'SUBSTANTIATED',
  UNSUBSTANTIATED = 'UNSUBSTANTIATED',
}

registerEnumType(FeedbackKind, {
  name: 'FeedbackKind',
  description: "监督类型 — praise or complaint about an officer's conduct",
  valuesConfig: {
    PRAISE: { description: '表扬 — praise' },
    COMPLAINT: { description: '投诉 — complaint' },
  },
});

registerEnumType(FeedbackStatus, {
  name: 'FeedbackStatus',
  description: '核查结果 — outcome of a complaint investigation',
  valuesConfig: {
    RECEIVED: { description: '已收到 — received (praise stays here)' },
    SUBSTANTIATED: { description: '属实 — complaint substantiated' },
    UNSUBSTANTIATED: { description: '不属实 — complaint not substantiated' },
  },
});
