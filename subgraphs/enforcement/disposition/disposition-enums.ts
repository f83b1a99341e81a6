import { registerEnumType } from 'type-graphql';

/** 处置方式 — the flexible-enforcement ladder plus service and labor in lieu. */
export enum DispositionKind {
  SERVICE = 'SERVICE',
  WARNING = 'WARNING',
  RECTIFICATION_NOTICE = 'RECTIFICATION_NOTICE',
  PENALTY = 'PENALTY',
  LABOR_IN_LIEU = 'LABOR_IN_LIEU',
}

export enum DispositionColour {
  NONE = 'NONE',
  YELLOW = 'YELLOW',
  ORANGE = 'ORANGE',
  RED = 'RED',
}

/** 行政处罚程序 */
export enum PenaltyProcedure {
  SIMPLE = 'SIMPLE',
  GENERAL = 'GENERAL',
}

registerEnumType(DispositionKind, {
  name: 'DispositionKind',
  description: '处置方式 — disposition of a case',
  valuesConfig: {
    SERVICE: { description: '服务 — guidance, e.g. lead a vendor to a legal market spot (疏堵结合)' },
    WARNING: { description: '温馨提示卡 — warning, no penalty (首违不罚)' },
    RECTIFICATION_NOTICE: { description: '整改告知书 — rectification notice with a deadline' },
    PENALTY: { description: '依法处罚 — administrative penalty (fine inside the legal range)' },
    LABOR_IN_LIEU: { description: '以劳代罚 — community work in lieu of the fine' },
  },
});

registerEnumType(DispositionColour, {
  name: 'DispositionColour',
  description: '预警颜色 — colour of the ladder step',
  valuesConfig: {
    NONE: { description: '无 — service, no colour' },
    YELLOW: { description: '黄 — first, minor' },
    ORANGE: { description: '橙 — second, rectify' },
    RED: { description: '红 — third or later, penalty' },
  },
});

registerEnumType(PenaltyProcedure, {
  name: 'PenaltyProcedure',
  description: '处罚程序 — penalty procedure',
  valuesConfig: {
    SIMPLE: { description: '简易程序 — on-the-spot decision (≤ ¥200 person, ≤ ¥3,000 organisation)' },
    GENERAL: { description: '普通程序 — general procedure, decision within 90 days of filing' },
  },
});
