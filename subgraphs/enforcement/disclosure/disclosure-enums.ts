import { registerEnumType } from 'type-graphql';

/** 公示状态 */
export enum DisclosureStatus {
  PUBLISHED = 'PUBLISHED',
  WITHHELD = 'WITHHELD',
  WITHDRAWN = 'WITHDRAWN',
}

/** 不予公开情形 */
export enum WithholdGround {
  MINOR = 'MINOR',
  STATE_SECRET = 'STATE_SECRET',
  PERSONAL_PRIVACY = 'PERSONAL_PRIVACY',
}

/** 撤回公示原因 (《行政处罚法》第四十八条第二款) */
export enum WithdrawalReason {
  DECISION_CHANGED = 'DECISION_CHANGED',
  DECISION_REVOKED = 'DECISION_REVOKED',
  FOUND_UNLAWFUL = 'FOUND_UNLAWFUL',
}

registerEnumType(DisclosureStatus, {
  name: 'DisclosureStatus',
  description: "公示状态 — state of a penalty decision's public disclosure",
  valuesConfig: {
    PUBLISHED: { description: '已公示 — listed in penaltyDisclosures' },
    WITHHELD: { description: '不予公开 — held back with a recorded ground (never listed publicly)' },
    WITHDRAWN: { description: '已撤回 — taken down after the decision was changed, revoked or found unlawful; the notice shows the reason' },
  },
});

registerEnumType(WithholdGround, {
  name: 'WithholdGround',
  description: '不予公开情形 — why a decision is not published (《政府信息公开条例》第十四、十五条)',
  valuesConfig: {
    MINOR: { description: '未成年人 — the party is a minor (《未成年人保护法》)' },
    STATE_SECRET: { description: '国家秘密 — contains state secrets' },
    PERSONAL_PRIVACY: { description: '个人隐私 — publishing would disclose personal privacy' },
  },
});

registerEnumType(WithdrawalReason, {
  name: 'WithdrawalReason',
  description: '撤回原因 — why a published decision is withdrawn (《行政处罚法》第四十八条: within 3 working days)',
  valuesConfig: {
    DECISION_CHANGED: { description: '决定变更 — the decision was changed' },
    DECISION_REVOKED: { description: '决定撤销 — the decision was revoked' },
    FOUND_UNLAWFUL: { description: '确认违法或无效 — the decision was found unlawful or void' },
  },
});
