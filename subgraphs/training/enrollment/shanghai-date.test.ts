import { isCalendarDate, shanghaiDate, shanghaiYear } from './shanghai-date';

describe('Asia/Shanghai calendar', () => {
  it('puts 16:30 UTC on 31 December into the next day and year', () => {
    const at = new Date('2025-12-31T16:30:00Z');
    expect(shanghaiDate(at)).toBe('2026-01-01');
    expect(shanghaiYear(at)).toBe(2026);
  });

  it('keeps 15:59 UTC on the same day', () => {
    expect(shanghaiDate(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01');
  });

  it('accepts real dates and rejects impossible ones', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });
});
