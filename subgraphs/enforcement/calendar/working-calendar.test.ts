import { addWorkingDays, isWorkingDay } from './working-calendar';

describe('working calendar (工作日)', () => {
  it('treats weekends as rest days and adjusted Saturdays as working days', () => {
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-23')).toBe(true); // Monday
    expect(isWorkingDay('2026-10-10')).toBe(true); // 调休 Saturday
    expect(isWorkingDay('2026-10-05')).toBe(false); // National Day holiday
  });

  it('counts working days after the start day and ends at 18:00 China Standard Time', () => {
    // Friday 2026-11-20 10:00 CST + 3 working days → Wednesday 2026-11-25 18:00 CST
    expect(addWorkingDays(new Date('2026-11-20T02:00:00Z'), 3).toISOString()).toBe('2026-11-25T10:00:00.000Z');
  });

  it('skips the National Day week', () => {
    // Tuesday 2026-09-29 + 3 working days: 09-30, (10-01…10-07 holiday), 10-08, 10-09 → Friday 2026-10-09
    expect(addWorkingDays(new Date('2026-09-29T01:00:00Z'), 3).toISOString()).toBe('2026-10-09T10:00:00.000Z');
  });

  it('uses the China Standard Time date for a late-evening start', () => {
    // 2026-11-23 23:30 CST is still Monday in China: + 1 working day → Tuesday 18:00 CST
    expect(addWorkingDays(new Date('2026-11-23T15:30:00Z'), 1).toISOString()).toBe('2026-11-24T10:00:00.000Z');
  });
});
