/**
 * `npm start`: embedded PostgreSQL (unless DATABASE_URL), then each subgraph and the gateway in a process of its
 * own (migrations and demo data per subgraph), so the services use every core; Ctrl-C stops everything.
 * `npm start -- --subgraphs-together` runs the four subgraphs in one process beside the gateway's (two processes: both
 * cores still used, about half the memory); `npm start -- --single-process` runs all services in this one process.
 */
import 'reflect-metadata';

import { parseArgs } from 'node:util';

import { loadRuntimeConfig, runtimeEnv } from '../kernel/config/dev-secrets';
import { provisionDatabase } from '../kernel/db/provision';
import { onShutdown } from '../kernel/http/shutdown';
import { createLogger } from '../kernel/log/logger';
import { nodeFlags, startProcessStack } from './process-stack';

async function main() {
  const { values } = parseArgs({
    options: {
      'single-process': { type: 'boolean', default: false },
      'subgraphs-together': { type: 'boolean', default: false },
      // Node flags for every service process (a heap flag named here replaces SERVICE_HEAP_FLAGS' value),
      // e.g. --service-flags=--max-semi-space-size=4 for the smallest footprint
      'service-flags': { type: 'string', default: '' },
    },
  });
  const layout = values['single-process'] ? 'one process' : values['subgraphs-together'] ? 'subgraphs in one process + gateway' : 'one process per service';
  const started = Date.now();
  const config = loadRuntimeConfig();
  const log = createLogger(config.log.level, 'start');
  let urls: { gateway: string; subgraphs: [string, string][] };
  let stop: () => Promise<void>;
  let embedded: boolean;
  if (values['single-process']) {
    // loaded only here: it loads every subgraph and the gateway, which this supervisor otherwise leaves to its children
    const { startLocalStack } = await import('./local-stack');
    const stack = await startLocalStack(config, log);
    urls = { gateway: stack.gatewayUrl, subgraphs: Object.entries(stack.subgraphUrls) };
    embedded = stack.db.embedded;
    stop = () => stack.stop();
  } else {
    const db = await provisionDatabase(config, log);
    const local = (url: string) => url.replace('127.0.0.1', 'localhost');
    try {
      const stack = await startProcessStack({
        env: runtimeEnv(),
        databaseUrl: db.url,
        ports: config.ports,
        output: 'inherit',
        subgraphsTogether: values['subgraphs-together'],
        nodeArgs: nodeFlags(values['service-flags']),
      });
      urls = { gateway: local(stack.gateway.url), subgraphs: stack.subgraphs.map((s) => [s.name, local(s.url)]) };
      stop = async () => {
        await stack.stop();
        await db.stop();
      };
    } catch (err) {
      await db.stop();
      throw err;
    }
    embedded = db.embedded;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`
  城管执法图谱 Civic Enforcement Graph is running (${seconds}s, ${layout})

  Gateway (GraphQL + explorer)  ${urls.gateway}
${urls.subgraphs.map(([name, url]) => `  Subgraph ${name.padEnd(20)} ${url}  (gateway-signed requests only)`).join('\n')}
  Database                      ${embedded ? `embedded PostgreSQL, data in ${config.db.embedded.dir}` : 'DATABASE_URL'}

  A token for the explorer:     npm run --silent token -- --role ADMIN --sub admin
  Stop with Ctrl-C.
`);
  onShutdown(log, stop, 30_000);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
