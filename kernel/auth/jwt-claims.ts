import { isRole } from './roles';
import type { Actor } from './actor';

/**
 * The JWT claims this graph understands: `sub`, `roles` (array of role names), and optional
 * `unit` (unit id), `dept` (department id), `name`.
 */
export interface GraphClaims {
  sub?: string;
  roles?: unknown;
  unit?: unknown;
  dept?: unknown;
  name?: unknown;
}

export function actorFromClaims(claims: GraphClaims): Actor {
  const roles = Array.isArray(claims.roles) ? claims.roles.filter(isRole) : [];
  return {
    subject: typeof claims.sub === 'string' && claims.sub ? claims.sub : null,
    roles,
    unitId: typeof claims.unit === 'string' ? claims.unit : null,
    departmentId: typeof claims.dept === 'string' ? claims.dept : null,
    name: typeof claims.name === 'string' ? claims.name : null,
  };
}
