/**
 * Writes a new migration for one subgraph from the difference between its entities and its migrated schema:
 *   npm run migration:create -- enforcement [name]
 * Runs against a throw-away embedded PostgreSQL, then lists the file in the subgraph's migrations/index.ts by hand.
 * Kernel tables and the subgraph's hand-written tables and indexes (its definition lists them) are left out of the diff.
 */
import 'reflect-metadata';
import { chmodSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { withDatabase } from '../kernel/db/database-url';
import { createOrm, migrate } from '../kernel/db/create-orm';
import { touchesHandWrittenIndex } from '../kernel/db/hand-written-schema';
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
      handWrittenTables: def.handWrittenTables,
      poolMax: 2,
    });
    await migrate(orm, def.dbSchema);
    const result = await orm.getMigrator().createMigration(def.migrationsDir, false, def.migrations.length === 0, label);
    const file = result.fileName ? path.join(def.migrationsDir, result.fileName) : null;
    const kept = file ? withoutHandWrittenIndexes(file, def.handWrittenIndexes ?? []) : false;
    console.log(kept ? `wrote ${file}` : 'no changes');
    await orm.close(true);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Drops the generated lines that touch hand-written indexes; a migration left with nothing to do is removed. */
function withoutHandWrittenIndexes(file: string, indexes: string[]): boolean {
  const lines = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !(line.includes('this.addSql(') && touchesHandWrittenIndex(line, indexes)));
  const up = lines.join('\n').match(/async up\(\)[^{]*\{([\s\S]*?)\n {2}\}/)?.[1] ?? '';
  if (!up.includes('this.addSql(')) {
    unlinkSync(file);
    return false;
  }
  writeFileSync(file, lines.join('\n').replace(/\n{3,}/g, '\n\n'));
  return true;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
