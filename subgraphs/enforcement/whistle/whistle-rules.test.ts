import { isBreached, respondBy, WhistleUrgency } from './whistle-rules';

const blown = new Date('2026-06-01T08:00:00Z');

describe('whistle SLA', () => {
  it('gives 24 hours to a NORMAL whistle and 2 hours to an URGENT one', () => {
    expect(respondBy(blown, WhistleUrgency.NORMAL).toISOString()).toBe('2026-06-02T08:00:00.000Z');
    expect(respondBy(blown, WhistleUrgency.URGENT).toISOString()).toBe('2026-06-01T10:00:00.000Z');
  });

  it('flags an unanswered whistle once its deadline has passed', () => {
    const w = { respondBy: respondBy(blown, WhistleUrgency.URGENT), respondedAt: null };
    expect(isBreached(w, new Date('2026-06-01T09:59:59Z'))).toBe(false);
    expect(isBreached(w, new Date('2026-06-01T10:00:01Z'))).toBe(true);
  });

  it('flags a late answer for good and never an answer in time', () => {
    const by = respondBy(blown, WhistleUrgency.URGENT);
    expect(isBreached({ respondBy: by, respondedAt: new Date('2026-06-01T11:00:00Z') }, new Date('2026-06-01T11:00:00Z'))).toBe(true);
    expect(isBreached({ respondBy: by, respondedAt: new Date('2026-06-01T09:00:00Z') }, new Date('2026-07-01T00:00:00Z'))).toBe(false);
  });
});
