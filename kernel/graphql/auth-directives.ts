import { Directive } from 'type-graphql';

import type { Role } from '../auth/roles';

/** `@authenticated`: the gateway refuses anonymous callers for this field or type. */
export const Authenticated = () => Directive('@authenticated');

/** `@requiresScopes`: the gateway lets through callers holding any one of these roles. */
export const RequiresRoles = (...roles: Role[]) => Directive(`@requiresScopes(scopes: [${roles.map((r) => `["${r}"]`).join(', ')}])`);

/** The tag that marks personal data in our SDL; partner subgraphs may not @override, @requires, @provides or @external it. */
export const PERSONAL_DATA_TAG = 'personal-data';

/** Marks a field carrying personal data (phone, ID number, a citizen's name) for the partner policy. */
export const PersonalData = () => Directive(`@tag(name: "${PERSONAL_DATA_TAG}")`);
