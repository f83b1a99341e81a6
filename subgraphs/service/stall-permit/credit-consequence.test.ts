import { MerchantCreditLevel as L } from '../merchant/merchant-credit-level';
import { BLACKLIST_REVOCATION, BLACKLIST_WARNING, CREDIT_WARNING, creditConsequence } from './credit-consequence';

// DESIGN §5b: a merchant's repeated violations at a stall lead to a recorded warning and then revocation (先警告后撤销).
describe("what a stall holder's new credit file does to the permit", () => {
  const c = (level: L, score: number, blacklisted = false) => ({ level, score, blacklisted });

  it('warns a holder whose credit falls to level D after a new violation', () => {
    expect(creditConsequence(c(L.C, 62), c(L.D, 45), 0)).toEqual({ kind: 'WARN', reason: CREDIT_WARNING });
  });

  it('warns a newly blacklisted holder who was never warned, and revokes one who was', () => {
    expect(creditConsequence(c(L.D, 45), c(L.D, 30, true), 0)).toEqual({ kind: 'WARN', reason: BLACKLIST_WARNING });
    expect(creditConsequence(c(L.D, 45), c(L.D, 30, true), 1)).toEqual({ kind: 'REVOKE', reason: BLACKLIST_REVOCATION });
  });

  it('does nothing without a new violation (same or better score) or above level D', () => {
    expect(creditConsequence(c(L.D, 30, true), c(L.D, 30, true), 2)).toEqual({ kind: 'NONE' });
    expect(creditConsequence(c(L.D, 40), c(L.C, 60), 1)).toEqual({ kind: 'NONE' });
    expect(creditConsequence(c(L.A, 95), c(L.B, 85), 0)).toEqual({ kind: 'NONE' });
  });
});
