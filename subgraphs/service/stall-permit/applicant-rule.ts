import type { Actor } from '../../../kernel/auth/actor';
import { hasRole } from '../../../kernel/auth/actor';

export type ApplicantStanding = 'OPERATOR' | 'STAFF_ON_BEHALF' | 'NOT_ALLOWED';

/**
 * Who may apply for a merchant's stall (摊位申请): the merchant's own operator (an account staff verified), or
 * staff applying on the merchant's behalf — ADMIN anywhere, officers and supervisors of the squad that runs the
 * zone. Anyone else signed in may not, so nobody can take (or block) a stall in another merchant's name.
 */
export function applicantStanding(actor: Actor, zoneUnitId: string, operatesMerchant: boolean): ApplicantStanding {
  if (operatesMerchant) {
    return 'OPERATOR';
  }
  if (hasRole(actor, 'ADMIN') || (hasRole(actor, 'OFFICER', 'SUPERVISOR') && actor.unitId === zoneUnitId)) {
    return 'STAFF_ON_BEHALF';
  }
  return 'NOT_ALLOWED';
}
