import type { CreditFacts } from './stall-priority';
import { BLACKLIST_REASON } from './stall-priority';
import { StallPermitStatus } from './stall-permit-enums';

export const RENEWAL_WINDOW_DAYS = 30;

/**
 * 摊位许可续期: an allocated permit is renewed for another year from its expiry in the 30 days before it (or after
 * it, while the stall is still held); a blacklisted merchant is not renewed (the same rule as allocation).
 * Returns the problem, or null.
 */
export function renewalProblem(permit: { status: StallPermitStatus; validUntil?: Date | null }, credit: CreditFacts, now: Date): string | null {
  if (permit.status !== StallPermitStatus.ALLOCATED || !permit.validUntil) {
    return `only an ALLOCATED permit can be renewed (this one is ${permit.status})`;
  }
  if (permit.validUntil.getTime() - now.getTime() > RENEWAL_WINDOW_DAYS * 86_400_000) {
    return `a permit is renewed in the ${RENEWAL_WINDOW_DAYS} days before it expires`;
  }
  if (credit?.blacklisted) {
    return BLACKLIST_REASON;
  }
  return null;
}

/** The new expiry: one year after the old one, or after today when it has already passed. */
export function renewedUntil(validUntil: Date, now: Date): Date {
  return new Date(Math.max(validUntil.getTime(), now.getTime()) + 365 * 86_400_000);
}
