/**
 * Writes a new migration for one subgraph from the difference between its entities and its migrated schema:
 *   npm run migration:create -- enforcement [name]
 * Runs against a throw-away embedded PostgreSQL, then lists the file in the subgraph's migrations/index.ts by hand.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { withDatabase } from '../kernel/db/database-url';
import { createOrm, migrate } from '../kernel/db/create-orm';
import { startEmbeddedPostgres } from '../kernel/db/embedded-postgres';
import { createDatabaseIfMissing } from '../kernel/db/provision';
import { freePort } from '../kernel/http/free-port';
import { subgraphs } from '../subgraphs/registry';

async function main() {
  const [name, label] = process.argv.slice(2);
  const def = subgraphs.find((s) => s.name === name);
  if (!def) {
    throw new Error(`usage: migration-create <${subgraphs.map((s) => s.name).join('|')}> [name]`);
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'ceg-migration-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as the 'postgres' user and must reach the data folder
  const pg = await startEmbeddedPostgres({ dir, port: await freePort(), persistent: false });
  try {
    await createDatabaseIfMissing(pg.adminUrl, 'migration_diff');
    const { orm } = await createOrm({
      url: withDatabase(pg.adminUrl, 'migration_diff'),
      schema: def.dbSchema,
      entities: def.entities,
      migrations: def.migrations,
      migrationsDir: def.migrationsDir,
      poolMax: 2,
    });
    await migrate(orm, def.dbSchema);
    const result = await orm.getMigrator().createMigration(def.migrationsDir, false, def.migrations.length === 0, label);
    console.log(result.fileName ? `wrote ${path.join(def.migrationsDir, result.fileName)}` : 'no changes');
    await orm.close(true);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
