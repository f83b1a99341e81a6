import { MerchantCreditLevel } from '../merchant/merchant-credit-level';

export interface CreditCopy {
  level: MerchantCreditLevel;
  score: number;
  blacklisted: boolean;
}

export type CreditConsequence = { kind: 'NONE' } | { kind: 'WARN' | 'REVOKE'; reason: string };

export const CREDIT_WARNING =
  '商户信用降至 D 级（近 12 个月多次违法），请在摊位内规范经营；列入黑名单将撤销摊位许可 — credit fell to level D after repeated violations';
export const BLACKLIST_WARNING = '商户已列入诚信黑名单，请立即整改；再经核实将撤销摊位许可 — blacklisted: this is the warning before revocation';
export const BLACKLIST_REVOCATION = '商户已列入诚信黑名单（12 个月内 3 次及以上处罚），此前已警告，撤销摊位许可 — blacklisted after a warning: permit revoked';

/**
 * What a stall holder's new credit file means for their permit (DESIGN §5b: repeated violations at a stall can lead
 * to a recorded warning and then revocation, the merchant told why; 先警告后撤销). Only a newer file with a lower
 * score (a new violation) has consequences: blacklisted → revoke if the holder was warned before, else warn;
 * level D → warn. Anything else changes nothing.
 */
export function creditConsequence(previous: CreditCopy | null, next: CreditCopy, warningCount: number): CreditConsequence {
  if (previous && next.score >= previous.score) {
    return { kind: 'NONE' };
  }
  if (next.blacklisted) {
    return warningCount >= 1 ? { kind: 'REVOKE', reason: BLACKLIST_REVOCATION } : { kind: 'WARN', reason: BLACKLIST_WARNING };
  }
  return next.level === MerchantCreditLevel.D ? { kind: 'WARN', reason: CREDIT_WARNING } : { kind: 'NONE' };
}
