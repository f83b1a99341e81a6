import { registerEnumType } from 'type-graphql';

/** 裁量阶次 — graded circumstances of a violation in the discretion benchmark (行政处罚裁量基准). */
export enum DiscretionGrade {
  MINOR = 'MINOR',
  GENERAL = 'GENERAL',
  SERIOUS = 'SERIOUS',
}

registerEnumType(DiscretionGrade, {
  name: 'DiscretionGrade',
  description: '裁量阶次 — graded circumstances (《行政处罚法》第三十四条: 行政机关可以依法制定行政处罚裁量基准)',
  valuesConfig: {
    MINOR: { description: '情节轻微 — minor circumstances, the lower band of the fine range' },
    GENERAL: { description: '情节一般 — general circumstances, the middle band' },
    SERIOUS: { description: '情节严重 — serious circumstances, the upper band' },
  },
});
