import { complianceOfficer, complianceStats, hasGap } from './compliance-officer';
import type { OfficerRow } from './compliance-officer';

const today = '2026-12-02'; // 40 h × 336/365 ≈ 36.8 h expected by today for 持证上岗
const row = (over: Partial<OfficerRow> = {}): OfficerRow => ({
  officer_id: 'o1',
  unit_id: 'yunshan',
  total: '44.0',
  overdue: '0',
  new_hire: false,
  inducted: false,
  q0_met: true,
  q1_met: true,
  cert_expires_on: '2028-06-30',
  cert_suspended: false,
  ...over,
});

describe('what a supervisor reads per officer on the compliance report (培训合规, 持证上岗)', () => {
  it('counts a certificate valid for 90 more days as expiring, and one valid for 91 as valid', () => {
    expect(complianceOfficer(row({ cert_expires_on: '2027-03-02' }), today).certification).toBe('EXPIRING');
    expect(complianceOfficer(row({ cert_expires_on: '2027-03-03' }), today).certification).toBe('VALID');
  });

  it('counts a certificate that ended yesterday as expired, and its officer as not eligible for duty', () => {
    const o = complianceOfficer(row({ cert_expires_on: new Date('2026-12-01T00:00:00+08:00') }), today);
    expect(o).toMatchObject({ certification: 'EXPIRED', dutyEligible: false });
  });

  it('keeps an officer with a valid certificate but hours behind the pro-rata share off duty', () => {
    expect(complianceOfficer(row({ total: '30' }), today).dutyEligible).toBe(false);
    expect(complianceOfficer(row(), today).dutyEligible).toBe(true);
  });

  it('judges duty eligibility on this year’s hours, not the report year’s', () => {
    expect(complianceOfficer(row({ total: '44' }), today, 10).dutyEligible).toBe(false);
    expect(complianceOfficer(row({ total: '0' }), today, 44).dutyEligible).toBe(true);
  });

  it('calls an officer without a certificate NONE and not eligible (未取证不得上岗)', () => {
    expect(complianceOfficer(row({ cert_expires_on: null, cert_suspended: null }), today)).toMatchObject({ certification: 'NONE', dutyEligible: false });
  });

  it('puts an officer on the gap list for < 40 h, a missed quota, an overdue assignment or a missing induction', () => {
    expect(hasGap(complianceOfficer(row(), today))).toBe(false);
    expect(hasGap(complianceOfficer(row({ total: '39.9' }), today))).toBe(true);
    expect(complianceOfficer(row({ q1_met: false }), today).missedQuotas).toEqual(['LAW']);
    expect(hasGap(complianceOfficer(row({ overdue: '1' }), today))).toBe(true);
    expect(hasGap(complianceOfficer(row({ new_hire: true, inducted: false }), today))).toBe(true);
  });
});

describe('the figures of a population', () => {
  const officers = [
    row({ officer_id: 'a' }),
    row({ officer_id: 'b', cert_expires_on: '2026-01-31' }),
    row({ officer_id: 'c', cert_expires_on: '2027-01-15' }),
    row({ officer_id: 'd', total: '12', cert_expires_on: null, cert_suspended: null, new_hire: true, inducted: true, overdue: '2' }),
    row({ officer_id: 'e', cert_suspended: true }),
  ].map((r) => complianceOfficer(r, today));

  it('counts expiring, expired, suspended, missing certificates and duty-ineligible officers beside hours and induction', () => {
    expect(complianceStats(officers)).toEqual({
      officerCount: 5,
      hoursMetCount: 4,
      hoursCoverage: 80,
      quotasMetCount: 5,
      quotaCoverage: 100,
      officersWithOverdue: 1,
      overdueAssignments: 2,
      newHireCount: 1,
      newHiresInducted: 1,
      newHireCoverage: 100,
      trainingCompleteCount: 4,
      certificationExpiringCount: 1,
      certificationExpiredCount: 1,
      certificationSuspendedCount: 1,
      notCertifiedCount: 1,
      dutyIneligibleCount: 3,
    });
  });

  it('answers null shares for an empty population, not zero', () => {
    expect(complianceStats([])).toMatchObject({ officerCount: 0, hoursCoverage: null, dutyIneligibleCount: 0 });
  });
});
