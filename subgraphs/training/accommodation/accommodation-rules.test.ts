import { ValidationError } from '../../../kernel/errors/domain-error';
import { attemptDeadline, checkAccommodation } from './accommodation-rules';

const fieldOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as ValidationError).extensions.field;
  }
  return undefined;
};

describe('checkAccommodation', () => {
  it('accepts 1 and 120 extra minutes and trims the reason', () => {
    expect(checkAccommodation(1, '  视力障碍需放大字体  ')).toBe('视力障碍需放大字体');
    expect(checkAccommodation(120, '手部受伤书写不便')).toBe('手部受伤书写不便');
  });

  it('refuses 0, 121 and fractional minutes on input.extraMinutes', () => {
    for (const m of [0, 121, 1.5, -3]) {
      expect(() => checkAccommodation(m, '手部受伤书写不便')).toThrow(ValidationError);
      expect(fieldOf(() => checkAccommodation(m, '手部受伤书写不便'))).toBe('input.extraMinutes');
    }
  });

  it('refuses a reason shorter than 5 characters after trimming on input.reason', () => {
    expect(fieldOf(() => checkAccommodation(30, '  受伤了  '))).toBe('input.reason');
  });
});

describe('attemptDeadline', () => {
  const start = new Date('2026-06-01T01:00:00Z');
  const until = new Date('2026-06-01T03:00:00Z');

  it('adds the time limit and the extra minutes', () => {
    expect(attemptDeadline(start, 60, 30, until).toISOString()).toBe('2026-06-01T02:30:00.000Z');
    expect(attemptDeadline(start, 60, 0, until).toISOString()).toBe('2026-06-01T02:00:00.000Z');
  });

  it('caps the deadline at the end of the availability window', () => {
    expect(attemptDeadline(start, 60, 120, until).toISOString()).toBe('2026-06-01T03:00:00.000Z');
  });
});
