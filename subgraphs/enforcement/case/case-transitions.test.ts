import { CaseAction as A, CaseStatus as S } from './case-enums';
import { allowedActions, isFinal, nextStatus } from './case-transitions';

describe('case transition table', () => {
  it('walks the full happy path REPORTED → CLOSED', () => {
    const path: [A, S][] = [
      [A.FILE, S.FILED],
      [A.ASSIGN, S.ASSIGNED],
      [A.START, S.IN_PROGRESS],
      [A.RESOLVE, S.RESOLVED],
      [A.VERIFY, S.VERIFIED],
      [A.CLOSE, S.CLOSED],
    ];
    let status = S.REPORTED;
    for (const [action, expected] of path) {
      status = nextStatus(status, action)!;
      expect(status).toBe(expected);
    }
  });

  it('sends a failed verification back to IN_PROGRESS', () => {
    expect(nextStatus(S.RESOLVED, A.REWORK)).toBe(S.IN_PROGRESS);
  });

  it('allows reassigning an assigned case', () => {
    expect(nextStatus(S.ASSIGNED, A.ASSIGN)).toBe(S.ASSIGNED);
  });

  it('refuses skipping steps', () => {
    expect(nextStatus(S.REPORTED, A.ASSIGN)).toBeNull();
    expect(nextStatus(S.FILED, A.RESOLVE)).toBeNull();
    expect(nextStatus(S.IN_PROGRESS, A.CLOSE)).toBeNull();
    expect(nextStatus(S.RESOLVED, A.CLOSE)).toBeNull();
  });

  it('refuses rejecting or referring a case that is being handled', () => {
    expect(nextStatus(S.IN_PROGRESS, A.REJECT)).toBeNull();
    expect(nextStatus(S.IN_PROGRESS, A.REFER)).toBeNull();
  });

  it('treats CLOSED, REJECTED and REFERRED as final', () => {
    expect([S.CLOSED, S.REJECTED, S.REFERRED].map(isFinal)).toEqual([true, true, true]);
    expect(allowedActions(S.CLOSED)).toEqual([]);
  });

  it('lists the actions allowed from REPORTED', () => {
    expect(allowedActions(S.REPORTED)).toEqual([A.FILE, A.REJECT, A.REFER]);
  });
});
