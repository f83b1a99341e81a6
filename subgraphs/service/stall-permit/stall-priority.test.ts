import { MerchantCreditLevel as L } from '../merchant/merchant-credit-level';
import { BLACKLIST_REASON, stallDecision, UNKNOWN_CREDIT_RANK, waitlistOrder } from './stall-priority';

// 721 工作总结: 商户信用积分与摊位选择挂钩 — merchants with good credit get priority in stall allocation;
// DESIGN §3 商户诚信档案: a blacklisted (serious repeat offender) merchant gets no stall.
describe('stall priority by merchant credit (摊位分配优先级)', () => {
  it('ranks A before B before C before D, and a merchant without a known credit file last', () => {
    const ranks = [L.A, L.B, L.C, L.D].map((level) => stallDecision({ level, blacklisted: false }));
    expect(ranks).toEqual([0, 1, 2, 3].map((rank) => ({ kind: 'QUEUE', rank })));
    expect(stallDecision(null)).toEqual({ kind: 'QUEUE', rank: UNKNOWN_CREDIT_RANK });
  });

  it('refuses a blacklisted merchant whatever the level, with the reason they are told', () => {
    expect(stallDecision({ level: L.B, blacklisted: true })).toEqual({ kind: 'REFUSE', reason: BLACKLIST_REASON });
  });

  it('allocates a level-A merchant before a level-C one who applied earlier; equal levels go by application time', () => {
    const t = (min: number) => new Date(Date.UTC(2026, 11, 2, 10, min));
    const order = waitlistOrder([
      { id: 'c-early', appliedAt: t(0), rank: 2 },
      { id: 'a-late', appliedAt: t(30), rank: 0 },
      { id: 'a-early', appliedAt: t(10), rank: 0 },
    ]);
    expect(order.map((i) => i.id)).toEqual(['a-early', 'a-late', 'c-early']);
  });
});
