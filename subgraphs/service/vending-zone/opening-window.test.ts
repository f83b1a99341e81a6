import { chinaMinuteOfDay, formatClock, isOpenAt, isOpenAtMinute, parseClock } from './opening-window';

// 721 工作总结 / 柔性执法方案: 早市 and 夜市 open in fixed windows (疏堵结合); a night market runs past midnight.
describe('vending zone opening window (开放时段)', () => {
  const morning = { opensMinute: 5 * 60 + 30, closesMinute: 9 * 60 };
  const night = { opensMinute: 17 * 60 + 30, closesMinute: 60 };

  it('opens a morning market from its opening minute and closes it at its closing minute', () => {
    expect([329, 330, 539, 540].map((m) => isOpenAtMinute(morning, m))).toEqual([false, true, true, false]);
  });

  it('keeps a night market open across midnight until its closing minute', () => {
    expect([1049, 1050, 1439, 0, 59, 60, 720].map((m) => isOpenAtMinute(night, m))).toEqual([false, true, true, true, true, false, false]);
  });

  it('reads the minute in China time (UTC+8)', () => {
    expect(chinaMinuteOfDay(new Date('2026-12-02T10:00:00Z'))).toBe(18 * 60);
    expect(isOpenAt(night, new Date('2026-12-02T16:30:00Z'))).toBe(true); // 00:30 in 兰溪
    expect(isOpenAt(night, new Date('2026-12-02T04:00:00Z'))).toBe(false); // noon
  });

  it('parses and prints HH:MM clocks and refuses malformed ones', () => {
    expect(parseClock('17:30')).toBe(1050);
    expect(formatClock(1050)).toBe('17:30');
    expect([parseClock('24:00'), parseClock('7:30'), parseClock('07:60')]).toEqual([null, null, null]);
  });
});
