import { reminderStage } from './reminder-stage';

describe('certification renewal reminders (90/60/30/7 days)', () => {
  it('is null more than 90 days before expiry', () => {
    expect(reminderStage('2027-03-01', '2026-11-23')).toBeNull();
  });

  it('names the reminder point reached', () => {
    expect(reminderStage('2027-02-20', '2026-11-23')).toBe(90);
    expect(reminderStage('2027-01-20', '2026-11-23')).toBe(60);
    expect(reminderStage('2026-12-20', '2026-11-23')).toBe(30);
    expect(reminderStage('2026-11-30', '2026-11-23')).toBe(7);
    expect(reminderStage('2026-11-23', '2026-11-23')).toBe(7);
  });

  it('is null once expired', () => {
    expect(reminderStage('2026-11-22', '2026-11-23')).toBeNull();
  });
});
