import { MerchantCreditLevel as L } from '../merchant/merchant-credit-level';
import { renewalProblem, renewedUntil } from './renewal-rules';
import { StallPermitStatus as S } from './stall-permit-enums';

// DESIGN §5b: stall permits — application, allocation, waitlist, renewal, revocation; blacklisted merchants get no stall.
describe('stall permit renewal (续期)', () => {
  const now = new Date('2026-12-02T00:00:00Z');
  const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);

  it('renews an allocated permit in the 30 days before it expires, for a year from the old expiry', () => {
    expect(renewalProblem({ status: S.ALLOCATED, validUntil: inDays(20) }, { level: L.B, blacklisted: false }, now)).toBeNull();
    expect(renewedUntil(inDays(20), now)).toEqual(inDays(385));
    expect(renewedUntil(inDays(-5), now)).toEqual(inDays(365));
  });

  it('refuses too early, a permit that holds no stall, and a blacklisted merchant', () => {
    expect(renewalProblem({ status: S.ALLOCATED, validUntil: inDays(60) }, null, now)).toContain('30 days');
    expect(renewalProblem({ status: S.REVOKED, validUntil: inDays(10) }, null, now)).toContain('ALLOCATED');
    expect(renewalProblem({ status: S.ALLOCATED, validUntil: inDays(10) }, { level: L.D, blacklisted: true }, now)).toContain('黑名单');
  });
});
