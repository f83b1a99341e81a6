import { caseYear, formatCaseNumber } from './case-number';

describe('case numbers', () => {
  it('formats ZF-<year>-<six digits>', () => {
    expect(formatCaseNumber(2026, 123)).toBe('ZF-2026-000123');
  });

  it('takes the year in China Standard Time', () => {
    expect(caseYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(caseYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });
});
