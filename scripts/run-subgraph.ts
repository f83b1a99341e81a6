/** Starts one subgraph alone (containers): `npm run start:subgraph -- enforcement`. */
import 'reflect-metadata';

import { tracingConfigFromEnvironment } from '../kernel/config/tracing-config';
import { startNodeTracing } from '../kernel/telemetry/tracing';

async function main() {
  const name = process.argv[2];
  // tracing first: the server's modules (http, graphql, pg) are loaded below, after their instrumentation
  const tracing = await startNodeTracing(tracingConfigFromEnvironment(), `ceg-${name}`);
  const { loadRuntimeConfig } = await import('../kernel/config/dev-secrets');
  const { provisionDatabase } = await import('../kernel/db/provision');
  const { onShutdown } = await import('../kernel/http/shutdown');
  const { createLogger } = await import('../kernel/log/logger');
  const { createSubgraphServer } = await import('../kernel/server/create-subgraph-server');
  const { subgraphs } = await import('../subgraphs/registry');
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
  log.info({ url, tracing: config.tracing.enabled }, 'subgraph listening');
  onShutdown(log, async () => {
    await server.stop();
    await db.stop();
    await tracing?.shutdown();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
