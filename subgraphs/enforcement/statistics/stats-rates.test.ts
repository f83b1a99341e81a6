import { rate, toStats } from './stats-rates';

const zero = {
  total_cases: '0',
  service: '0',
  management: '0',
  enforcement: '0',
  due_in_period: '0',
  closed_on_time: '0',
  closed_in_period: '0',
  reworked: '0',
  avg_hours: null,
  repeats: '0',
  enforcement_cases: '0',
  recorded: '0',
  followed_up: '0',
  whistles_due: '0',
  whistles_met: '0',
};
const scope = { from: new Date('2026-01-01'), to: new Date('2026-02-01'), unitId: null, gridCode: null };

describe('enforcement statistics rates', () => {
  it('divides and rounds to four places', () => {
    expect(rate(2, 3)).toBe(0.6667);
  });

  it('answers null rather than 0 or NaN when nothing is due', () => {
    const stats = toStats(zero, scope);
    expect(stats.onTimeClosureRate).toBeNull();
    expect(stats.byTrack.map((t) => t.share)).toEqual([null, null, null]);
    expect(stats.averageHandlingHours).toBeNull();
  });

  it('computes the 721 shares over tracked cases only', () => {
    const stats = toStats({ ...zero, total_cases: '12', service: '7', management: '2', enforcement: '1' }, scope);
    expect(stats.byTrack).toEqual([
      { track: 'SERVICE', cases: 7, share: 0.7 },
      { track: 'MANAGEMENT', cases: 2, share: 0.2 },
      { track: 'ENFORCEMENT', cases: 1, share: 0.1 },
    ]);
  });
});
