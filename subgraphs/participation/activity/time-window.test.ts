import { overlaps, servedHours } from './time-window';

const w = (from: string, to: string) => ({
  startsAt: new Date(`2026-11-01T${from}:00Z`),
  endsAt: new Date(`2026-11-01T${to}:00Z`),
});
const t = (hm: string) => new Date(`2026-11-01T${hm}:00Z`);

describe('activity time windows', () => {
  it('finds overlaps and lets back-to-back windows pass', () => {
    expect(overlaps(w('08:00', '10:00'), w('09:00', '11:00'))).toBe(true);
    expect(overlaps(w('08:00', '10:00'), w('08:30', '09:00'))).toBe(true);
    expect(overlaps(w('08:00', '10:00'), w('10:00', '12:00'))).toBe(false);
    expect(overlaps(w('11:00', '12:00'), w('08:00', '10:00'))).toBe(false);
  });

  it('clips attendance to the window and rounds down to quarter hours', () => {
    expect(servedHours(t('07:30'), t('10:30'), w('08:00', '10:00'))).toBe(2);
    expect(servedHours(t('08:10'), t('09:40'), w('08:00', '10:00'))).toBe(1.5);
    expect(servedHours(t('08:00'), t('08:14'), w('08:00', '10:00'))).toBe(0);
    expect(servedHours(t('10:30'), t('11:00'), w('08:00', '10:00'))).toBe(0);
  });
});
