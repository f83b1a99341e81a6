import { Directive } from 'type-graphql';

import type { Role } from '../auth/roles';

/** `@authenticated`: the gateway refuses anonymous callers for this field or type. */
export const Authenticated = () => Directive('@authenticated');

/** `@requiresScopes`: the gateway lets through callers holding any one of these roles. */
export const RequiresRoles = (...roles: Role[]) =>
  Directive(`@requiresScopes(scopes: [${roles.map((r) => `["${r}"]`).join(', ')}])`);
