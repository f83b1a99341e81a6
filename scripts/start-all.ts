/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL), migrations, demo data, the three subgraphs and the
 * gateway in one process; Ctrl-C stops everything.
 */
import 'reflect-metadata';

import { loadRuntimeConfig } from '../kernel/config/dev-secrets';
import { onShutdown } from '../kernel/http/shutdown';
import { createLogger } from '../kernel/log/logger';
import { startLocalStack } from './local-stack';

async function main() {
  const started = Date.now();
  const config = loadRuntimeConfig();
  const log = createLogger(config.log.level, 'start');
  const stack = await startLocalStack(config, log);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  城管执法图谱 Civic Enforcement Graph is running (${seconds}s)

  Gateway (GraphQL + explorer)  ${stack.gatewayUrl}
${Object.entries(stack.subgraphUrls)
  .map(([name, url]) => `  Subgraph ${name.padEnd(20)} ${url}  (gateway-signed requests only)`)
  .join('\n')}
  Database                      ${stack.db.embedded ? `embedded PostgreSQL, data in ${config.db.embedded.dir}` : 'DATABASE_URL'}

  A token for the explorer:     npm run --silent token -- --role ADMIN --sub admin
  Stop with Ctrl-C.
`);
  onShutdown(log, () => stack.stop());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
