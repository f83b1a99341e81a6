import { ReportStatus as S } from './report-enums';
import { canDispute, canRate, canTransition, isFinal, nextStatuses } from './report-transitions';

describe('report transitions', () => {
  it('follows the main path SUBMITTED → ACCEPTED → DISPATCHED → IN_PROGRESS → RESOLVED → CLOSED', () => {
    const path = [S.SUBMITTED, S.ACCEPTED, S.DISPATCHED, S.IN_PROGRESS, S.RESOLVED, S.CLOSED];
    for (let i = 0; i + 1 < path.length; i += 1) {
      expect(canTransition(path[i], path[i + 1])).toBe(true);
    }
  });

  it('allows automatic dispatch straight from SUBMITTED', () => {
    expect(canTransition(S.SUBMITTED, S.DISPATCHED)).toBe(true);
  });

  it('allows rejection and referral before work starts', () => {
    for (const from of [S.SUBMITTED, S.ACCEPTED, S.DISPATCHED]) {
      expect(canTransition(from, S.REJECTED)).toBe(true);
      expect(canTransition(from, S.REFERRED)).toBe(true);
    }
  });

  it('refuses skipping steps, going backwards and self-transitions', () => {
    expect(canTransition(S.SUBMITTED, S.RESOLVED)).toBe(false);
    expect(canTransition(S.DISPATCHED, S.ACCEPTED)).toBe(false);
    expect(canTransition(S.IN_PROGRESS, S.IN_PROGRESS)).toBe(false);
    expect(canTransition(S.IN_PROGRESS, S.REJECTED)).toBe(false);
  });

  it('reopens a resolution to IN_PROGRESS', () => {
    expect(canTransition(S.RESOLVED, S.IN_PROGRESS)).toBe(true);
  });

  it('treats CLOSED, REJECTED and REFERRED as final', () => {
    expect([S.CLOSED, S.REJECTED, S.REFERRED].map(isFinal)).toEqual([true, true, true]);
    expect(nextStatuses(S.CLOSED)).toEqual([]);
    expect(isFinal(S.RESOLVED)).toBe(false);
  });

  it('accepts a dispute within 7 days of the resolution and refuses it after', () => {
    const resolvedAt = new Date('2026-11-01T00:00:00Z');
    expect(canDispute(S.RESOLVED, resolvedAt, new Date('2026-11-08T00:00:00Z'))).toBe(true);
    expect(canDispute(S.RESOLVED, resolvedAt, new Date('2026-11-08T00:00:01Z'))).toBe(false);
    expect(canDispute(S.CLOSED, resolvedAt, new Date('2026-11-02T00:00:00Z'))).toBe(false);
    expect(canDispute(S.RESOLVED, null, new Date('2026-11-02T00:00:00Z'))).toBe(false);
  });

  it('takes ratings only for RESOLVED or CLOSED reports', () => {
    expect(Object.values(S).filter(canRate)).toEqual([S.RESOLVED, S.CLOSED]);
  });
});
