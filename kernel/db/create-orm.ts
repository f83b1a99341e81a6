import { MikroORM } from '@mikro-orm/core';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';

import { KERNEL_TABLE_NAMES, kernelTablesDdl } from './kernel-tables';
import { disablePreparedStatements } from './prepared';
import { SqlCounter } from './sql-counter';

export interface OrmOptions {
  url: string;
  /** Optional read replica, reached with `em.getConnection('read')`; every other query stays on `url`. */
  readUrl?: string;
  schema: string;
  entities: EntityClass<unknown>[];
  migrations: MigrationObject[];
  /** Where `createMigration` writes new files (tooling only). */
  migrationsDir?: string;
  poolMax: number;
  /** Named prepared statements for the hot paths' hand-written SQL (`executePrepared`); default true. */
  preparedStatements?: boolean;
  /** Tables the subgraph keeps by hand-written SQL (statistics kept by triggers): left out of generated migrations. */
  handWrittenTables?: string[];
}

export interface Orm {
  orm: MikroORM<PostgreSqlDriver>;
  sql: SqlCounter;
}

/** MikroORM on PostgreSQL, one PostgreSQL schema per subgraph, migrations listed in code. */
export async function createOrm(options: OrmOptions): Promise<Orm> {
  const sql = new SqlCounter();
  const orm = await MikroORM.init<PostgreSqlDriver>({
    driver: PostgreSqlDriver,
    clientUrl: options.url,
    replicas: options.readUrl ? [{ name: 'read', clientUrl: options.readUrl }] : [],
    preferReadReplicas: false,
    schema: options.schema,
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      path: options.migrationsDir,
      pathTs: options.migrationsDir,
      emit: 'ts',
      fileName: (timestamp: string, name?: string) => `Migration${timestamp}${name ? `_${name}` : ''}`,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    // kernel-owned tables (outbox, inbox, nonces, rate limits …) and hand-written ones are not entities: keep them out of
    // generated migrations, which would otherwise propose dropping them
    schemaGenerator: { skipTables: [...KERNEL_TABLE_NAMES, ...(options.handWrittenTables ?? [])] },
    pool: { min: 0, max: options.poolMax },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    discovery: { warnWhenNoEntities: false },
    debug: false,
  });
  if (options.preparedStatements === false) {
    disablePreparedStatements(orm.config);
  }
  const connections = new Set([orm.em.getConnection('write'), orm.em.getConnection('read')]);
  for (const connection of connections) {
    connection.getKnex().on('query', (q: { sql: string }) => sql.record(q.sql));
  }
  return { orm, sql };
}

/**
 * Creates the subgraph's schema and the kernel's outbox/inbox tables if needed, then applies pending migrations;
 * returns the names of the migrations it applied (empty: the schema was up to date).
 */
export async function migrate(orm: MikroORM<PostgreSqlDriver>, schema: string): Promise<string[]> {
  await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
  for (const ddl of kernelTablesDdl(schema)) {
    await orm.em.getConnection().execute(ddl);
  }
  const applied = await orm.getMigrator().up();
  return applied.map((m) => m.name);
}
