/**
 * 培训合规 per officer (pure): one row of the per-officer statement (compliance.sql.ts OFFICERS_SELECT) becomes the
 * officer's standing, which trainingCompliance and trainingComplianceRollup both count. The rules are the ones a
 * supervisor reads off the report: ≥ 40 hours a year and every category quota (HOURS_QUOTAS), nothing overdue, a new
 * hire inducted (岗前培训), and 持证上岗 (dutyEligibility: certified, not expired or suspended, hours on pace today).
 */
import { dutyEligibility } from '../certification/duty-eligibility';
import { certificationState, pct } from '../compliance-rollup/rollup';
import type { OfficerStanding } from '../compliance-rollup/rollup';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { HOURS_QUOTAS } from '../training-hours/hours-quotas';
import { REQUIRED_HOURS_PER_YEAR } from '../training-hours/summarize-hours';
import type { ComplianceStats } from './compliance.types';

export type OfficerRow = {
  officer_id: string;
  unit_id: string;
  total: string | number;
  overdue: string | number;
  new_hire: boolean;
  inducted: boolean;
  cert_expires_on: string | Date | null;
  cert_suspended: boolean | null;
} & Record<string, unknown>;

export interface ComplianceOfficer extends OfficerStanding {
  /** Hours in the report's year. */
  totalHours: number;
  missedQuotas: string[];
  overdueAssignments: number;
  newHire: boolean;
  inducted: boolean;
}

const isoDate = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : shanghaiDate(d));

/** `hoursThisYear`: the officer's hours in today's year (duty eligibility); the row's total when the report is for it. */
export function complianceOfficer(r: OfficerRow, today: string, hoursThisYear: number = Number(r.total)): ComplianceOfficer {
  const cert = r.cert_expires_on === null ? null : { expiresOn: isoDate(r.cert_expires_on), suspended: r.cert_suspended === true };
  const totalHours = Number(r.total);
  const missedQuotas = HOURS_QUOTAS.filter((_, i) => r[`q${i}_met`] === false).map((q) => q.code);
  const overdueAssignments = Number(r.overdue);
  return {
    officerId: r.officer_id,
    unitId: r.unit_id,
    totalHours,
    missedQuotas,
    overdueAssignments,
    newHire: r.new_hire,
    inducted: r.inducted,
    trainingComplete: totalHours >= REQUIRED_HOURS_PER_YEAR && missedQuotas.length === 0 && overdueAssignments === 0 && !(r.new_hire && !r.inducted),
    dutyEligible: dutyEligibility(cert, hoursThisYear, today).length === 0,
    certification: certificationState(cert, today),
  };
}

/** The figures of one population (the whole report, a unit's own officers, or a unit with everything below it). */
export function complianceStats(officers: ComplianceOfficer[]): ComplianceStats {
  const count = (f: (o: ComplianceOfficer) => boolean) => officers.filter(f).length;
  const n = officers.length;
  const hoursMet = count((o) => o.totalHours >= REQUIRED_HOURS_PER_YEAR);
  const quotasMet = count((o) => o.missedQuotas.length === 0);
  const newHires = count((o) => o.newHire);
  const inducted = count((o) => o.newHire && o.inducted);
  return {
    officerCount: n,
    hoursMetCount: hoursMet,
    hoursCoverage: pct(hoursMet, n),
    quotasMetCount: quotasMet,
    quotaCoverage: pct(quotasMet, n),
    officersWithOverdue: count((o) => o.overdueAssignments > 0),
    overdueAssignments: officers.reduce((s, o) => s + o.overdueAssignments, 0),
    newHireCount: newHires,
    newHiresInducted: inducted,
    newHireCoverage: pct(inducted, newHires),
    trainingCompleteCount: count((o) => o.trainingComplete),
    certificationExpiringCount: count((o) => o.certification === 'EXPIRING'),
    certificationExpiredCount: count((o) => o.certification === 'EXPIRED'),
    certificationSuspendedCount: count((o) => o.certification === 'SUSPENDED'),
    notCertifiedCount: count((o) => o.certification === 'NONE'),
    dutyIneligibleCount: count((o) => !o.dutyEligible),
  };
}

/** On the gap list: below 40 hours, a quota missed, something overdue, or a new hire not inducted. */
export function hasGap(o: ComplianceOfficer): boolean {
  return !o.trainingComplete;
}
