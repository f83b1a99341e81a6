import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NonEmptyArray } from 'type-graphql';

import type { SubgraphName } from '../config/load-config';
import type { ReferenceResolvers } from '../graphql/build-federated-schema';
import type { Logger } from '../log/logger';
import type { MessageHandler } from '../outbox/consume';
import type { JobDefinition } from './jobs';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassRef = Function;

/** What a subgraph folder exports: data, not a server. The kernel does the rest (CONVENTIONS P1). */
export interface SubgraphDefinition {
  name: SubgraphName;
  /** PostgreSQL schema that holds this subgraph's tables. */
  dbSchema: string;
  /** Folder of this subgraph's migration files (used by `npm run migration:create`). */
  migrationsDir: string;
  entities: EntityClass<unknown>[];
  resolvers: NonEmptyArray<ClassRef>;
  orphanedTypes?: ClassRef[];
  references?: ReferenceResolvers;
  migrations: MigrationObject[];
  /** Tables created by hand-written SQL in migrations, with no entity (e.g. statistics kept by triggers). */
  handWrittenTables?: string[];
  /** Indexes created by hand-written SQL (partial, covering, GIN): `migration:create` leaves them out of its diff. */
  handWrittenIndexes?: string[];
  /** Consumers of outbox messages sent to this subgraph, by topic (delivered at least once, applied once). */
  consumers?: Record<string, MessageHandler>;
  /** Background jobs run while the server listens. */
  jobs?: JobDefinition[];
  /** Loads demo data; must be idempotent and do nothing when data exists. */
  seed?: (em: EntityManager, log: Logger) => Promise<void>;
}

export function defineSubgraph(definition: SubgraphDefinition): SubgraphDefinition {
  return definition;
}
