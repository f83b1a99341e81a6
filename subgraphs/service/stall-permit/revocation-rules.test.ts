import { revocationCheck, warningCheck } from './revocation-rules';
import { StallPermitStatus as S } from './stall-permit-enums';

// DESIGN §5b: stall permits are revoked after repeated violations; flexible enforcement warns before it sanctions.
describe('stall permit warning and revocation (先警告后撤销)', () => {
  it('refuses to revoke a permit whose holder was never warned', () => {
    expect(revocationCheck(S.ALLOCATED, 0)).toEqual({ ok: false, reason: expect.stringContaining('warning first') });
  });

  it('revokes an allocated permit after one recorded warning', () => {
    expect(revocationCheck(S.ALLOCATED, 1)).toEqual({ ok: true });
  });

  it('neither warns nor revokes a permit that holds no stall', () => {
    for (const status of [S.WAITLISTED, S.REFUSED, S.WITHDRAWN, S.REVOKED]) {
      expect(warningCheck(status).ok).toBe(false);
      expect(revocationCheck(status, 3).ok).toBe(false);
    }
  });
});
