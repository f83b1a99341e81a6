import { isObjectType } from 'graphql';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';

import { DomainError } from '../errors/domain-error';

const REFUSALS = new Set(['FORBIDDEN', 'UNAUTHENTICATED']);

function nameField(err: unknown, info: GraphQLResolveInfo): never {
  if (err instanceof DomainError && REFUSALS.has(err.code) && err.extensions.field === undefined) {
    (err.extensions as Record<string, unknown>).field = `${info.parentType.name}.${info.fieldName}`;
  }
  throw err;
}

/**
 * A refusal thrown by a service names the field it refused (`Officer.dutyEligible`), as the gateway's own
 * @requiresScopes refusals do, so a client knows which field of its selection came back null.
 */
export function nameRefusedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) {
        continue; // default resolvers read a property and refuse nothing
      }
      field.resolve = (source, args, context, info) => {
        try {
          const result: unknown = resolve(source, args, context, info);
          return result instanceof Promise ? result.catch((err: unknown) => nameField(err, info)) : result;
        } catch (err) {
          return nameField(err, info);
        }
      };
    }
  }
  return schema;
}
