import { Client } from 'pg';

import type { Config } from '../config/load-config';
import type { Logger } from '../log/logger';
import { withDatabase } from './database-url';
import { startEmbeddedPostgres } from './embedded-postgres';

export const APP_DATABASE = 'civic_enforcement_graph';

export interface ProvisionedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** `DATABASE_URL` if given; otherwise the embedded PostgreSQL with data kept in `EMBEDDED_PG_DIR`. */
export async function provisionDatabase(config: Config, log: Logger): Promise<ProvisionedDatabase> {
  if (config.db.url) {
    return { url: config.db.url, embedded: false, stop: async () => undefined };
  }
  const started = Date.now();
  const pg = await startEmbeddedPostgres({
    dir: config.db.embedded.dir,
    port: config.db.embedded.port,
    persistent: true,
    stopOnSignals: false, // the entry point stops it on shutdown, after the services
    onLog: (line) => log.debug({ postgres: String(line).trim() }),
  });
  await createDatabaseIfMissing(pg.adminUrl, APP_DATABASE);
  log.info({ dir: config.db.embedded.dir, port: config.db.embedded.port, ms: Date.now() - started }, 'embedded PostgreSQL running');
  return { url: withDatabase(pg.adminUrl, APP_DATABASE), embedded: true, stop: () => pg.stop() };
}

export async function createDatabaseIfMissing(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`create database "${name}"${template ? ` template "${template}"` : ''}`);
    }
  } finally {
    await client.end();
  }
}
