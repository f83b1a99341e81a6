import { registerEnumType } from 'type-graphql';

export enum RatingRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

export enum ScoreSource {
  INSPECTOR = 'INSPECTOR',
  PUBLIC = 'PUBLIC',
}

registerEnumType(RatingRoundStatus, {
  name: 'RatingRoundStatus',
  description: '评比状态 — whether a street rating round takes scores',
  valuesConfig: {
    OPEN: { description: '进行中 — taking scores' },
    CLOSED: { description: '已结束 — results final' },
  },
});

registerEnumType(ScoreSource, {
  name: 'ScoreSource',
  description: '评分来源 — who scored',
  valuesConfig: {
    INSPECTOR: { description: '考评组 — bureau inspectors (weight 70 %)' },
    PUBLIC: { description: '市民评议 — public participation (weight 30 %)' },
  },
});

/** 街路评比权重: inspectors 70 %, public 30 %; a street with only one kind of score uses that one. */
export const INSPECTOR_WEIGHT = 0.7;

export function weightedTotal(inspector: number | null, publicScore: number | null): number | null {
  if (inspector === null) {
    return publicScore;
  }
  if (publicScore === null) {
    return inspector;
  }
  return Math.round((inspector * INSPECTOR_WEIGHT + publicScore * (1 - INSPECTOR_WEIGHT)) * 100) / 100;
}
