import { addYears, DutyIneligibility as R, dutyEligibility, hoursExpectedBy } from './duty-eligibility';

describe('duty eligibility', () => {
  const valid = { expiresOn: '2028-06-30', suspended: false };

  it('is eligible when certified, valid, not suspended and on track', () => {
    expect(dutyEligibility(valid, 20, '2026-06-30')).toEqual([]);
  });

  it('lists every reason that applies', () => {
    expect(dutyEligibility({ expiresOn: '2026-06-29', suspended: true }, 0, '2026-06-30')).toEqual([R.CERTIFICATION_EXPIRED, R.SUSPENDED, R.HOURS_BEHIND]);
    expect(dutyEligibility(null, 40, '2026-06-30')).toEqual([R.NOT_CERTIFIED]);
  });

  it('accepts the certificate on its expiry day', () => {
    expect(dutyEligibility({ expiresOn: '2026-06-30', suspended: false }, 40, '2026-06-30')).toEqual([]);
  });

  it('expects hours pro rata by day of year', () => {
    expect(hoursExpectedBy('2026-01-01')).toBe(0.1);
    expect(hoursExpectedBy('2026-07-02')).toBe(20.1);
    expect(hoursExpectedBy('2026-12-31')).toBe(40);
  });

  it('adds three years, keeping 29 February in range', () => {
    expect(addYears('2026-11-23', 3)).toBe('2029-11-23');
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
  });
});
