import type { Actor } from '../../../kernel/auth/actor';
import { hasRole, isAuthenticated } from '../../../kernel/auth/actor';
import { ForbiddenError, UnauthenticatedError } from '../../../kernel/errors/domain-error';

/** Zones and service points are run by a squad: ADMIN anywhere; officers and supervisors only for their own unit. */
export function requireSquadStaff(actor: Actor, unitId: string): void {
  if (!isAuthenticated(actor)) {
    throw new UnauthenticatedError();
  }
  if (!hasRole(actor, 'OFFICER', 'SUPERVISOR', 'ADMIN')) {
    throw new ForbiddenError('Requires one of the roles OFFICER, SUPERVISOR, ADMIN');
  }
  if (!hasRole(actor, 'ADMIN') && actor.unitId !== unitId) {
    throw new ForbiddenError('Only staff of the squad that runs this place may do this');
  }
}

/** An officer (or supervisor) signed in with their officer id and squad: the one who records work of their own. */
export function requireSquadOfficer(actor: Actor, message: string): { officerId: string; unitId: string } {
  if (!actor.unitId || !/^[0-9a-f-]{36}$/.test(actor.subject ?? '')) {
    throw new ForbiddenError(message);
  }
  return { officerId: actor.subject!, unitId: actor.unitId };
}
