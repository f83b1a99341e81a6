import { checkOverride, effectiveTerms } from './override-rules';

const exam = { maxAttempts: 3, availableFrom: new Date('2026-01-01T00:00:00Z'), availableUntil: new Date('2026-06-30T00:00:00Z') };
const none = { extraAttempts: 0, availableFrom: null, availableUntil: null };

describe('exam overrides (issue 10: per-officer attempts and windows)', () => {
  it('adds extra attempts and replaces only the window ends that are given', () => {
    const until = new Date('2026-07-15T00:00:00Z');
    expect(effectiveTerms(exam, { ...none, extraAttempts: 2, availableUntil: until })).toEqual({
      maxAttempts: 5,
      availableFrom: exam.availableFrom,
      availableUntil: until,
    });
    expect(effectiveTerms(exam, null)).toEqual(exam);
  });

  it('refuses a grant that changes nothing, more than 5 extra attempts, an inverted window or a short reason', () => {
    const field = (o: Parameters<typeof checkOverride>[0]) => {
      try {
        checkOverride(o, exam);
        return null;
      } catch (e) {
        return (e as { extensions: { field: string } }).extensions.field;
      }
    };
    expect(field({ ...none, reason: '因公出差未能参考' })).toBe('input.extraAttempts');
    expect(field({ ...none, extraAttempts: 6, reason: '因公出差未能参考' })).toBe('input.extraAttempts');
    expect(field({ ...none, availableUntil: new Date('2025-12-31T00:00:00Z'), reason: '因公出差未能参考' })).toBe('input.availableUntil');
    expect(field({ ...none, extraAttempts: 1, reason: '补考' })).toBe('input.reason');
    expect(field({ ...none, extraAttempts: 1, reason: '因公出差未能参考' })).toBeNull();
  });
});
