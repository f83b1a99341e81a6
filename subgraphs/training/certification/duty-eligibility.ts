import { REQUIRED_HOURS_PER_YEAR } from '../training-hours/summarize-hours';

/** 证书有效期 — a passed certification exam certifies for this many years. */
export const CERTIFICATION_VALIDITY_YEARS = 3;

export enum DutyIneligibility {
  NOT_CERTIFIED = 'NOT_CERTIFIED',
  CERTIFICATION_EXPIRED = 'CERTIFICATION_EXPIRED',
  SUSPENDED = 'SUSPENDED',
  HOURS_BEHIND = 'HOURS_BEHIND',
}

export interface CertLike {
  expiresOn: string;
  suspended: boolean;
}

/** YYYY-MM-DD + n years (29 Feb → 28 Feb). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) {
    target.setUTCDate(0);
  }
  return target.toISOString().slice(0, 10);
}

/** Hours expected by `today`: the yearly requirement pro rata by day of year (one decimal). */
export function hoursExpectedBy(today: string): number {
  const [y] = today.split('-').map(Number) as [number];
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  const elapsed = (Date.parse(`${today}T00:00:00Z`) - start) / 86_400_000 + 1;
  return Math.round((REQUIRED_HOURS_PER_YEAR * elapsed * 10) / days) / 10;
}

/**
 * 持证上岗: eligible for duty when certified, the certificate not expired (valid through expiresOn), not suspended,
 * and this year's hours on track (≥ the pro-rata share of 40 hours by today).
 */
export function dutyEligibility(cert: CertLike | null, hoursThisYear: number, today: string): DutyIneligibility[] {
  const reasons: DutyIneligibility[] = [];
  if (!cert) {
    reasons.push(DutyIneligibility.NOT_CERTIFIED);
  } else {
    if (cert.expiresOn < today) {
      reasons.push(DutyIneligibility.CERTIFICATION_EXPIRED);
    }
    if (cert.suspended) {
      reasons.push(DutyIneligibility.SUSPENDED);
    }
  }
  if (hoursThisYear < hoursExpectedBy(today)) {
    reasons.push(DutyIneligibility.HOURS_BEHIND);
  }
  return reasons;
}
