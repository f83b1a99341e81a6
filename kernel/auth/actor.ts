import type { Role } from './roles';

/**
 * Who is calling, as the gateway verified it. Anonymous callers have no subject and no roles.
 * `unitId` scopes officers and supervisors; `departmentId` scopes partner-department users.
 */
export interface Actor {
  subject: string | null;
  roles: Role[];
  unitId: string | null;
  departmentId: string | null;
  name: string | null;
}

export const ANONYMOUS: Actor = Object.freeze({
  subject: null,
  roles: [],
  unitId: null,
  departmentId: null,
  name: null,
});

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r));
}

export function isAuthenticated(actor: Actor): boolean {
  return actor.subject !== null;
}
