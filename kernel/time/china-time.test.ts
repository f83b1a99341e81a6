import { chinaDate, chinaYear } from './china-time';

describe('China Standard Time dates', () => {
  it('moves to the next day at 16:00 UTC', () => {
    expect(chinaDate(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(chinaDate(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
  });

  it('starts the new year eight hours before UTC does', () => {
    expect(chinaYear(new Date('2026-12-31T16:30:00Z'))).toBe(2027);
  });
});
