/**
 * Starts one subgraph alone (containers): `npm run start:subgraph -- enforcement`; or several in one process, each on
 * its own port (`run-subgraph enforcement,participation,training,service`: the stack's `--subgraphs-together`).
 */
import 'reflect-metadata';

import { SUBGRAPH_NAMES } from '../kernel/config/load-config';
import type { SubgraphName } from '../kernel/config/load-config';
import { tracingConfigFromEnvironment } from '../kernel/config/tracing-config';
import type { SubgraphDefinition } from '../kernel/server/subgraph-definition';
import { startNodeTracing } from '../kernel/telemetry/tracing';

/**
 * Loads only the named subgraph's code, not the registry: the registry imports every subgraph, whose entities,
 * resolvers and decorator metadata would then live in every process (measured: 34 vs 24 MiB of heap and 125 vs
 * 99 MiB RSS for the service subgraph after loading).
 */
async function loadSubgraph(name: string): Promise<SubgraphDefinition> {
  if (!(SUBGRAPH_NAMES as readonly string[]).includes(name)) {
    throw new Error(`usage: run-subgraph <${SUBGRAPH_NAMES.join('|')}>`);
  }
  const mod = (await import(`../subgraphs/${name}`)) as Record<SubgraphName, SubgraphDefinition>;
  return mod[name as SubgraphName];
}

async function main() {
  const names = (process.argv[2] ?? '').split(',');
  const label = names.join('+');
  // tracing first: the server's modules (http, graphql, pg) are loaded below, after their instrumentation
  const tracing = await startNodeTracing(tracingConfigFromEnvironment(), `ceg-${label}`);
  const { loadRuntimeConfig } = await import('../kernel/config/dev-secrets');
  const { provisionDatabase } = await import('../kernel/db/provision');
  const { onShutdown } = await import('../kernel/http/shutdown');
  const { createLogger } = await import('../kernel/log/logger');
  const { createSubgraphServer } = await import('../kernel/server/create-subgraph-server');
  const defs = await Promise.all(names.map(loadSubgraph));
  const config = loadRuntimeConfig();
  const db = await provisionDatabase(config, createLogger(config.log.level, label));
  const setup = config.seed.migrateOnStart;
  const servers = await Promise.all(
    defs.map(async (def) => {
      const log = createLogger(config.log.level, def.name);
      const server = await createSubgraphServer(def, { config, log, databaseUrl: db.url, migrate: setup, seed: setup && config.seed.demoData === 'auto' });
      const url = await server.listen(config.ports[def.name]);
      log.info({ url, tracing: config.tracing.enabled }, 'subgraph listening');
      return server;
    }),
  );
  onShutdown(createLogger(config.log.level, label), async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await db.stop();
    await tracing?.shutdown();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
