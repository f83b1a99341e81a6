import { StallPermitStatus } from './stall-permit-enums';

export type RevocationCheck = { ok: true } | { ok: false; reason: string };

/**
 * 先警告后撤销 (DESIGN §5b: revocation after repeated violations; 柔性执法: education before sanction): a permit
 * can be warned and revoked only while it holds a stall, and revoked only after at least one recorded warning,
 * so the merchant always hears what is wrong and gets the chance to put it right first.
 */
export function warningCheck(status: StallPermitStatus): RevocationCheck {
  return status === StallPermitStatus.ALLOCATED ? { ok: true } : { ok: false, reason: `only an ALLOCATED permit can be warned (this one is ${status})` };
}

export function revocationCheck(status: StallPermitStatus, warningCount: number): RevocationCheck {
  if (status !== StallPermitStatus.ALLOCATED) {
    return { ok: false, reason: `only an ALLOCATED permit can be revoked (this one is ${status})` };
  }
  if (warningCount < 1) {
    return { ok: false, reason: 'record a warning first: a permit is revoked only after the holder was warned (先警告后撤销)' };
  }
  return { ok: true };
}
