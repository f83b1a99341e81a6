/**
 * `npm run migrate [-- <subgraph> …]`: applies every pending migration of each subgraph (all by default) and, with
 * SEED_DEMO_DATA=auto, loads the demo data into empty tables, logging what it applied; then exits. The one-shot
 * migration service of docker-compose runs it before any subgraph starts (they then start with
 * MIGRATE_ON_START=false). Same path as a subgraph's own start-up: the advisory lock, then migrate, then seed.
 */
import 'reflect-metadata';

import { loadRuntimeConfig } from '../kernel/config/dev-secrets';
import { provisionDatabase } from '../kernel/db/provision';
import { createLogger } from '../kernel/log/logger';
import { createSubgraphServer } from '../kernel/server/create-subgraph-server';
import { subgraphs } from '../subgraphs/registry';

async function main() {
  const names = process.argv.slice(2);
  const unknown = names.filter((n) => !subgraphs.some((s) => s.name === n));
  if (unknown.length > 0) {
    throw new Error(`unknown subgraph ${unknown.join(', ')}; usage: migrate [${subgraphs.map((s) => s.name).join('|')} …]`);
  }
  const config = loadRuntimeConfig();
  const log = createLogger(config.log.level, 'migrate');
  const db = await provisionDatabase(config, log);
  try {
    for (const def of subgraphs.filter((s) => names.length === 0 || names.includes(s.name))) {
      const server = await createSubgraphServer(def, { config, log, databaseUrl: db.url, migrate: true, runJobs: false });
      await server.stop();
    }
    log.info({ subgraphs: names.length ? names : subgraphs.map((s) => s.name) }, 'migrations done');
  } finally {
    await db.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
