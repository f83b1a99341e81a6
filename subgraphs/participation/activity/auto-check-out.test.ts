import { autoCheckOutAt, isOverdue } from './auto-check-out';

const t = (iso: string) => new Date(iso);

describe('autoCheckOutAt', () => {
  it('uses the activity end when it comes before check-in + 24 h', () => {
    const at = autoCheckOutAt(t('2026-11-01T08:00:00Z'), {
      startsAt: t('2026-11-01T08:00:00Z'),
      endsAt: t('2026-11-01T11:00:00Z'),
    });
    expect(at.toISOString()).toBe('2026-11-01T11:00:00.000Z');
  });

  it('caps at check-in + 24 h for a longer activity', () => {
    const at = autoCheckOutAt(t('2026-11-01T08:00:00Z'), {
      startsAt: t('2026-11-01T08:00:00Z'),
      endsAt: t('2026-11-05T08:00:00Z'),
    });
    expect(at.toISOString()).toBe('2026-11-02T08:00:00.000Z');
  });

  it('never returns a time before the check-in', () => {
    const at = autoCheckOutAt(t('2026-11-01T12:00:00Z'), {
      startsAt: t('2026-11-01T08:00:00Z'),
      endsAt: t('2026-11-01T11:00:00Z'),
    });
    expect(at.toISOString()).toBe('2026-11-01T12:00:00.000Z');
  });
});

describe('isOverdue', () => {
  it('is true only after more than 24 hours', () => {
    const now = t('2026-11-02T08:00:00Z');
    expect(isOverdue(t('2026-11-01T08:00:00Z'), now)).toBe(false);
    expect(isOverdue(t('2026-11-01T07:59:59Z'), now)).toBe(true);
  });
});
