/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo data, the three subgraphs and the
 * gateway in one process; Ctrl-C stops everything.
 */
import 'reflect-metadata';

import { loadRuntimeConfig } from '../kernel/config/dev-secrets';
import { provisionDatabase } from '../kernel/db/provision';
import { onShutdown } from '../kernel/http/shutdown';
import { createLogger } from '../kernel/log/logger';
import { createSubgraphServer } from '../kernel/server/create-subgraph-server';
import type { SubgraphServer } from '../kernel/server/create-subgraph-server';
import { createGateway } from '../gateway/create-gateway';
import { subgraphs } from '../subgraphs/registry';

async function main() {
  const started = Date.now();
  const config = loadRuntimeConfig();
  const log = createLogger(config.log.level, 'start');
  const db = await provisionDatabase(config, log);
  const servers: SubgraphServer[] = [];
  const urls: Record<string, string> = {};
  try {
    for (const def of subgraphs) {
      const server = await createSubgraphServer(def, { config, log, databaseUrl: db.url });
      servers.push(server);
      urls[def.name] = await server.listen(config.ports[def.name]);
    }
  } catch (err) {
    await Promise.allSettled(servers.map((s) => s.stop()));
    await db.stop();
    throw err;
  }
  const gateway = createGateway(config, log, urls);
  const gatewayUrl = await gateway.listen(config.ports.gateway);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  城管执法图谱 Civic Enforcement Graph is running (${seconds}s)

  Gateway (GraphQL + explorer)  ${gatewayUrl}
${Object.entries(urls)
  .map(([name, url]) => `  Subgraph ${name.padEnd(20)} ${url}  (gateway-signed requests only)`)
  .join('\n')}
  Database                      ${db.embedded ? `embedded PostgreSQL, data in ${config.db.embedded.dir}` : 'DATABASE_URL'}

  A token for the explorer:     npm run --silent token -- --role ADMIN --sub admin
  Stop with Ctrl-C.
`);
  onShutdown(log, async () => {
    await gateway.stop();
    await Promise.allSettled(servers.map((s) => s.stop()));
    await db.stop();
  });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
