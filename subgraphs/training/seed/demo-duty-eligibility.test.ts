import { DEMO_OFFICER_COUNT } from '../../../kernel/demo/demo-roster';
import { addYears, CERTIFICATION_VALIDITY_YEARS, dutyEligibility, DutyIneligibility, hoursExpectedBy } from '../certification/duty-eligibility';
import { demoCertificateIssuedOn } from './seed-certifications';
import { DEMO_HOURS_BEHIND, demoCoursesThisYear } from './seed-hours';

const total = (o: number, today: string) => demoCoursesThisYear(o, today).reduce((s, c) => s + c.hours, 0);
const valid = { expiresOn: '2099-12-31', suspended: false };

describe('demo hours relative to the seeding date (持证上岗: ≥ pro-rata share of 40 hours)', () => {
  for (const today of ['2026-01-01', '2026-03-15', '2026-07-01', '2026-12-02', '2026-12-31', '2028-02-29']) {
    it(`seeded on ${today}: all but the ${DEMO_HOURS_BEHIND.length} designated officers are on track`, () => {
      const behind = Array.from({ length: DEMO_OFFICER_COUNT }, (_, o) => o).filter((o) =>
        dutyEligibility(valid, total(o, today), today).includes(DutyIneligibility.HOURS_BEHIND),
      );
      expect(behind).toEqual([...DEMO_HOURS_BEHIND]);
    });
  }

  it('hours are spread over the year so far: in spring nobody has a full year yet, in December most have ~40', () => {
    const spring = Array.from({ length: DEMO_OFFICER_COUNT }, (_, o) => total(o, '2026-03-15'));
    expect(Math.max(...spring)).toBeLessThan(40);
    const december = Array.from({ length: DEMO_OFFICER_COUNT }, (_, o) => total(o, '2026-12-02'));
    expect(december.filter((h) => h >= hoursExpectedBy('2026-12-02')).length).toBe(DEMO_OFFICER_COUNT - DEMO_HOURS_BEHIND.length);
  });
});

describe('demo certificates relative to the seeding date', () => {
  const certOf = (o: number, today: string) => {
    const issuedOn = demoCertificateIssuedOn(o, today);
    return { issuedOn, expiresOn: addYears(issuedOn, CERTIFICATION_VALIDITY_YEARS), suspended: o === 11 };
  };
  for (const today of ['2026-01-01', '2026-12-02', '2027-06-30', '2030-12-31']) {
    it(`seeded on ${today}: 30 of 36 officers eligible (7, 25 uncertified; 10 expired; 11 suspended; 3, 17 behind)`, () => {
      const ineligible = Array.from({ length: DEMO_OFFICER_COUNT }, (_, o) => o).filter(
        (o) => dutyEligibility(o === 7 || o === 25 ? null : certOf(o, today), total(o, today), today).length > 0,
      );
      expect(ineligible).toEqual([3, 7, 10, 11, 17, 25]);
      expect(Array.from({ length: DEMO_OFFICER_COUNT }, (_, o) => certOf(o, today).issuedOn <= today).every(Boolean)).toBe(true);
    });
  }
});
