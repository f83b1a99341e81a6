import type { ValidateUserFnParams } from '@envelop/generic-auth';
import { GraphQLError } from 'graphql';

import type { Actor } from '../kernel/auth/actor';

const satisfies = (required: string[][] | undefined, held: string[]) =>
  !required || required.length === 0 || required.some((all) => all.every((s) => held.includes(s)));

/**
 * Enforces @authenticated and @requiresScopes (roles) from the supergraph, with the project's error codes:
 * anonymous → UNAUTHENTICATED, signed in without the role → FORBIDDEN. The offending field is removed and the
 * rest of the operation still runs.
 *
 * Its answer may depend only on the field (schema and document) and on whether there is a caller and which roles
 * they hold: `useFieldAuthorisation` keeps the outcome per document and (caller or not, roles). Reading anything
 * else of the caller here means adding it to that key.
 */
export function validateCaller(params: ValidateUserFnParams<Actor | null>): GraphQLError | void {
  const { user, fieldAuthArgs, typeAuthArgs, fieldScopes, typeScopes, userScopes, fieldNode, parentType, path } = params;
  const protectedField = Boolean(fieldAuthArgs || typeAuthArgs || fieldScopes?.length || typeScopes?.length);
  if (!protectedField) {
    return;
  }
  const field = `${parentType.name}.${fieldNode.name.value}`;
  if (!user) {
    return new GraphQLError(`Sign in to read ${field}`, { nodes: [fieldNode], path, extensions: { code: 'UNAUTHENTICATED', field } });
  }
  if (!satisfies(fieldScopes, userScopes) || !satisfies(typeScopes, userScopes)) {
    const required = [...(fieldScopes ?? []), ...(typeScopes ?? [])].map((s) => s.join('+')).join(' or ');
    return new GraphQLError(`${field} requires the role ${required}`, {
      nodes: [fieldNode],
      path,
      extensions: { code: 'FORBIDDEN', field },
    });
  }
}
