/** Starts one subgraph alone (containers): `npm run start:subgraph -- enforcement`. */
import 'reflect-metadata';

import { loadRuntimeConfig } from '../kernel/config/dev-secrets';
import { provisionDatabase } from '../kernel/db/provision';
import { onShutdown } from '../kernel/http/shutdown';
import { createLogger } from '../kernel/log/logger';
import { createSubgraphServer } from '../kernel/server/create-subgraph-server';
import { subgraphs } from '../subgraphs/registry';

async function main() {
  const name = process.argv[2];
  const def = subgraphs.find((s) => s.name === name);
  if (!def) {
    throw new Error(`usage: run-subgraph <${subgraphs.map((s) => s.name).join('|')}>`);
  }
  const config = loadRuntimeConfig();
  const log = createLogger(config.log.level, def.name);
  const db = await provisionDatabase(config, log);
  const setup = config.seed.migrateOnStart;
  const server = await createSubgraphServer(def, { config, log, databaseUrl: db.url, migrate: setup, seed: setup && config.seed.demoData === 'auto' });
  const url = await server.listen(config.ports[def.name]);
  log.info({ url }, 'subgraph listening');
  onShutdown(log, async () => {
    await server.stop();
    await db.stop();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
