import { Query, Resolver } from 'type-graphql';

import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import type { SubgraphDefinition } from '../../kernel/server/subgraph-definition';

@Resolver()
class PingResolver {
  @Query(() => String, { description: 'liveness' })
  ping(): string {
    return 'pong';
  }
}

/** A subgraph with no tables and one `ping` query, on its own database schema (kernel integration tests). */
export function pingSubgraph(dbSchema: string): SubgraphDefinition {
  return defineSubgraph({
    name: 'enforcement',
    dbSchema,
    migrationsDir: __dirname,
    entities: [],
    resolvers: [PingResolver],
    migrations: [],
  });
}
