import { afterVerifiedHours, hasLapsed, laborHoursFor, LaborStatus } from './labor-rules';

const due = new Date('2026-12-01T00:00:00Z');
const assigned = { laborHours: 4, laborHoursVerified: 0, laborStatus: LaborStatus.ASSIGNED, laborDueAt: due };

describe('labor in lieu (以劳代罚)', () => {
  it('converts a fine into hours at ¥50 an hour, rounding up', () => {
    expect(laborHoursFor(200)).toBe(4);
    expect(laborHoursFor(201)).toBe(5);
    expect(laborHoursFor(50, 25)).toBe(2);
  });

  it('stays assigned until the verified hours reach the assigned hours, then is fulfilled', () => {
    const half = afterVerifiedHours(assigned, 2.5, new Date('2026-11-10'));
    expect(half).toMatchObject({ laborHoursVerified: 2.5, laborStatus: 'ASSIGNED' });
    expect(afterVerifiedHours(half, 1.5, new Date('2026-11-11'))).toMatchObject({ laborHoursVerified: 4, laborStatus: 'FULFILLED' });
  });

  it('ignores hours after the deadline or after the labor ended', () => {
    expect(afterVerifiedHours(assigned, 4, new Date('2026-12-02'))).toBe(assigned);
    const fulfilled = { ...assigned, laborStatus: LaborStatus.FULFILLED };
    expect(afterVerifiedHours(fulfilled, 1, new Date('2026-11-10'))).toBe(fulfilled);
  });

  it('lapses only an assigned labor whose deadline has passed', () => {
    expect(hasLapsed(assigned, new Date('2026-12-02'))).toBe(true);
    expect(hasLapsed(assigned, new Date('2026-11-30'))).toBe(false);
    expect(hasLapsed({ ...assigned, laborStatus: LaborStatus.FULFILLED }, new Date('2026-12-02'))).toBe(false);
  });
});
