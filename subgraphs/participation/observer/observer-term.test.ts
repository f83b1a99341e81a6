import { addYears, beijingToday, isCalendarDate, termProblem, termsOverlap } from './observer-term';

describe('observer terms', () => {
  it('accepts a term of exactly two years', () => {
    expect(termProblem({ termStartsOn: '2026-01-01', termEndsOn: '2028-01-01' })).toBeNull();
  });

  it('refuses a term longer than two years', () => {
    expect(termProblem({ termStartsOn: '2026-01-01', termEndsOn: '2028-01-02' })).toBe('A term is at most 2 years');
  });

  it('refuses a term ending before it starts', () => {
    expect(termProblem({ termStartsOn: '2026-06-01', termEndsOn: '2026-05-31' })).toBe('The term cannot end before it starts');
  });

  it('rejects impossible dates', () => {
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
  });

  it('maps 29 February to 28 February two years later', () => {
    expect(addYears('2028-02-29', 2)).toBe('2030-02-28');
  });

  it('treats terms sharing a day as overlapping', () => {
    const a = { termStartsOn: '2026-01-01', termEndsOn: '2026-12-31' };
    expect(termsOverlap(a, { termStartsOn: '2026-12-31', termEndsOn: '2027-06-30' })).toBe(true);
    expect(termsOverlap(a, { termStartsOn: '2027-01-01', termEndsOn: '2027-06-30' })).toBe(false);
  });

  it('uses the Beijing calendar day for today', () => {
    expect(beijingToday(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23');
  });
});
