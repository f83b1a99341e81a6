import type { Config, SubgraphName } from '../kernel/config/load-config';
import { provisionDatabase } from '../kernel/db/provision';
import type { ProvisionedDatabase } from '../kernel/db/provision';
import type { Logger } from '../kernel/log/logger';
import { createSubgraphServer } from '../kernel/server/create-subgraph-server';
import type { SubgraphServer } from '../kernel/server/create-subgraph-server';
import { createGateway } from '../gateway/create-gateway';
import { subgraphs } from '../subgraphs/registry';

export interface LocalStack {
  db: ProvisionedDatabase;
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  servers: SubgraphServer[];
  stop(): Promise<void>;
}

/** Database (embedded unless DATABASE_URL), every subgraph of the registry and the gateway, in this process. */
export async function startLocalStack(config: Config, log: Logger, options: { ephemeralPorts?: boolean; runJobs?: boolean } = {}): Promise<LocalStack> {
  const db = await provisionDatabase(config, log);
  const servers: SubgraphServer[] = [];
  const subgraphUrls = {} as Record<SubgraphName, string>;
  try {
    for (const def of subgraphs) {
      const server = await createSubgraphServer(def, { config, log, databaseUrl: db.url, peers: subgraphUrls, runJobs: options.runJobs });
      servers.push(server);
      subgraphUrls[def.name] = await server.listen(options.ephemeralPorts ? 0 : config.ports[def.name]);
    }
  } catch (err) {
    await Promise.allSettled(servers.map((s) => s.stop()));
    await db.stop();
    throw err;
  }
  const gateway = createGateway(config, log, subgraphUrls);
  const gatewayUrl = await gateway.listen(options.ephemeralPorts ? 0 : config.ports.gateway);
  return {
    db,
    gatewayUrl,
    subgraphUrls,
    servers,
    async stop() {
      await gateway.stop();
      await Promise.allSettled(servers.map((s) => s.stop()));
      await db.stop();
    },
  };
}
