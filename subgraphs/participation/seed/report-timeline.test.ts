import { ReportStatus as S } from '../report/report-enums';
import { canTransition } from '../report/report-transitions';
import { demoFinalStatus, demoTimeline } from './report-timeline';

describe('demo report timelines', () => {
  it('follow the transition table with increasing times and end in the final status', () => {
    const submittedAt = new Date('2026-10-01T00:00:00Z');
    for (let i = 0; i < 320; i += 1) {
      const final = demoFinalStatus(i);
      const steps = demoTimeline(i, final, submittedAt, 'LX-YS-01');
      expect(steps.at(-1)!.to).toBe(final);
      for (let k = 1; k < steps.length; k += 1) {
        expect(steps[k].from).toBe(steps[k - 1].to);
        expect(canTransition(steps[k].from!, steps[k].to)).toBe(true);
        expect(steps[k].at.getTime()).toBeGreaterThan(steps[k - 1].at.getTime());
      }
    }
  });

  it('covers every status', () => {
    const seen = new Set(Array.from({ length: 320 }, (_, i) => demoFinalStatus(i)));
    expect([...seen].sort()).toEqual([...Object.values(S)].filter((s) => s !== S.ACCEPTED).sort());
  });
});
