import { registerEnumType } from 'type-graphql';

import { DispositionKind as K } from '../disposition/disposition-enums';

export enum CreditMark {
  RED_FLOWER = 'RED_FLOWER',
  BLACK_DOT = 'BLACK_DOT',
}

export enum CreditLevel {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
}

registerEnumType(CreditMark, {
  name: 'CreditMark',
  description: '诚信记录类型 — kind of credit-file entry',
  valuesConfig: {
    RED_FLOWER: { description: '小红花 — compliance or commendation' },
    BLACK_DOT: { description: '小黑点 — violation' },
  },
});

registerEnumType(CreditLevel, {
  name: 'CreditLevel',
  description: '诚信等级 — credit level; drives supervision intensity',
  valuesConfig: {
    A: { description: 'A 诚信 — score ≥ 90, light-touch supervision' },
    B: { description: 'B 良好 — score ≥ 75, normal supervision' },
    C: { description: 'C 警示 — score ≥ 60, more frequent inspection' },
    D: { description: 'D 失信 — score < 60, key supervision' },
  },
});

/** Configuration of the credit file (商户诚信档案). Points are per entry; the window is the look-back in months. */
export const CREDIT_RULES = {
  windowMonths: 12,
  base: 100,
  blackDotPoints: { [K.RECTIFICATION_NOTICE]: 5, [K.PENALTY]: 15, [K.LABOR_IN_LIEU]: 10 } as Partial<Record<K, number>>,
  redFlowerPoints: { rectifiedOnTime: 2, commendation: 5 },
  levels: [
    { level: CreditLevel.A, min: 90 },
    { level: CreditLevel.B, min: 75 },
    { level: CreditLevel.C, min: 60 },
    { level: CreditLevel.D, min: 0 },
  ],
  /** 黑名单: this many penalties (or labor in lieu) inside the window. */
  blacklistPenalties: 3,
};

export interface CreditEntryFacts {
  mark: CreditMark;
  points: number;
  at: Date;
  /** The disposition kind behind a black dot, if any. */
  dispositionKind?: K | null;
}

export interface CreditSummary {
  score: number;
  level: CreditLevel;
  redFlowers: number;
  blackDots: number;
  blacklisted: boolean;
  civilizedMerchant: boolean;
}

/** The credit file of one merchant from its entries (pure): only entries inside the window count. */
export function summariseCredit(entries: readonly CreditEntryFacts[], now: Date): CreditSummary {
  const from = new Date(now);
  from.setUTCMonth(from.getUTCMonth() - CREDIT_RULES.windowMonths);
  const live = entries.filter((e) => e.at >= from && e.at <= now);
  const flowers = live.filter((e) => e.mark === CreditMark.RED_FLOWER);
  const dots = live.filter((e) => e.mark === CreditMark.BLACK_DOT);
  const raw = CREDIT_RULES.base + flowers.reduce((s, e) => s + e.points, 0) - dots.reduce((s, e) => s + e.points, 0);
  const score = Math.max(0, Math.min(100, raw));
  const level = CREDIT_RULES.levels.find((l) => score >= l.min)!.level;
  const penalties = dots.filter((e) => e.dispositionKind === K.PENALTY || e.dispositionKind === K.LABOR_IN_LIEU).length;
  return {
    score,
    level,
    redFlowers: flowers.length,
    blackDots: dots.length,
    blacklisted: penalties >= CREDIT_RULES.blacklistPenalties,
    civilizedMerchant: level === CreditLevel.A && dots.length === 0 && flowers.length > 0,
  };
}

/** The black dot a disposition leaves on a merchant's file, or null (warnings and service leave none: 首违不罚). */
export function blackDotFor(kind: K): number | null {
  return CREDIT_RULES.blackDotPoints[kind] ?? null;
}
