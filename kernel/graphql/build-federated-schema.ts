import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, createResolversMap, getMetadataStorage } from 'type-graphql';
import type { NonEmptyArray } from 'type-graphql';

import { describeInputRules, guardInputs } from './input-guard';
import { nameRefusedFields } from './refusal-field';

/** The federation spec version and imports, in exactly one place. */
export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: [
  "@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag",
  "@authenticated", "@requiresScopes", "@interfaceObject", "@override"
])`;

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ResolverClass = Function;

export type ReferenceResolvers = Record<string, { __resolveReference: (ref: never, ctx: never) => unknown }>;

export interface FederatedSchemaInput {
  resolvers: NonEmptyArray<ResolverClass>;
  orphanedTypes?: ResolverClass[];
  references?: ReferenceResolvers;
}

/**
 * Subscriptions follow the subgraph's live events (`subscribe:` with `ctx.live`, see kernel/live), never
 * type-graphql's in-process topics, which one instance of a scaled-out subgraph could not hear from another.
 */
const NO_TOPICS = {
  publish(): never {
    throw new Error('Publish live events with publishLive (kernel/live) in the transaction of the change');
  },
  subscribe(): never {
    throw new Error('Use @Subscription({ subscribe }) with ctx.live (kernel/live), not topics');
  },
};

/**
 * A field that only reads a property of the same name, with no middleware and no role check, gets no resolver
 * (type-graphql's `simple` fields): graphql-js then reads the property itself. type-graphql otherwise wraps every
 * such field in a resolver that builds a resolver-data object per value, and the subgraph's schema wraps that again
 * to name refused fields: in a profile of the roster (50 officers with their units and grids) those wrappers were
 * one allocation in six of the enforcement subgraph. Fields with `@FieldResolver`s keep theirs.
 */
function plainFieldsAreSimple(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && field.schemaName === field.name && !field.middlewares?.length && !field.roles) {
      field.simple = true;
    }
  }
}

/** type-graphql classes → Federation-2 subgraph schema (the type-graphql fed-2 helper, made reusable). */
export async function buildFederatedSchema(input: FederatedSchemaInput): Promise<GraphQLSchema> {
  plainFieldsAreSimple();
  const schema = await buildSchema({
    resolvers: input.resolvers,
    orphanedTypes: input.orphanedTypes,
    skipCheck: true,
    pubSub: NO_TOPICS,
    validate: { forbidUnknownValues: false },
  });
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(describeInputRules(schema))}`);
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, ref] of Object.entries(input.references ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] as object), ...ref } as GraphQLResolverMap<unknown>[string];
  }
  // ids, control characters and string lengths are checked before any resolver (and so before any SQL)
  return guardInputs(nameRefusedFields(buildSubgraphSchema([{ typeDefs, resolvers }])));
}
