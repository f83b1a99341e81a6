import { MerchantCreditLevel } from '../merchant/merchant-credit-level';

/** What the service subgraph knows of a merchant's credit (its outbox-fed copy); null when nothing arrived yet. */
export type CreditFacts = { level: MerchantCreditLevel; blacklisted: boolean } | null;

/**
 * 商户信用积分与摊位选择挂钩 (721 工作总结: merchants with good credit choose stalls first): A before B before C
 * before D; a merchant whose credit file has not reached us yet goes after every known level, so an unknown
 * record never overtakes a known good one.
 */
const RANK: Record<MerchantCreditLevel, number> = { A: 0, B: 1, C: 2, D: 3 };
export const UNKNOWN_CREDIT_RANK = 4;

/** The same order in SQL over the `merchant_credit` alias `mc` (for waitlist positions). */
export const SQL_PRIORITY_RANK = `(case mc.level when 'A' then 0 when 'B' then 1 when 'C' then 2 when 'D' then 3 else ${UNKNOWN_CREDIT_RANK} end)`;

export const BLACKLIST_REASON = '该商户已列入诚信黑名单（12 个月内 3 次及以上处罚），不予分配摊位 — blacklisted merchants cannot be allocated a stall';

export type StallDecision = { kind: 'REFUSE'; reason: string } | { kind: 'QUEUE'; rank: number };

/** A blacklisted merchant is refused (with the reason they are told); everyone else queues by credit rank. */
export function stallDecision(credit: CreditFacts): StallDecision {
  if (credit?.blacklisted) {
    return { kind: 'REFUSE', reason: BLACKLIST_REASON };
  }
  return { kind: 'QUEUE', rank: credit ? RANK[credit.level] : UNKNOWN_CREDIT_RANK };
}

export interface WaitlistItem {
  id: string;
  appliedAt: Date;
  rank: number;
}

/** Allocation order: credit rank, then who applied first, then id (a total order, so rounds are repeatable). */
export function waitlistOrder<T extends WaitlistItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.rank - b.rank || a.appliedAt.getTime() - b.appliedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** 有效期: an allocated stall permit runs one year from the allocation. */
export const PERMIT_VALIDITY_DAYS = 365;
