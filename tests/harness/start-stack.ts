import { createGateway } from '../../gateway/create-gateway';
import type { SubgraphName } from '../../kernel/config/load-config';
import type { Logger } from '../../kernel/log/logger';
import { createSubgraphServer } from '../../kernel/server/create-subgraph-server';
import type { SubgraphServer } from '../../kernel/server/create-subgraph-server';
import { subgraphs } from '../../subgraphs/registry';
import { createTestDatabase } from './database';
import { silentLog, testConfig } from './test-env';

export interface Stack {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  servers: Record<SubgraphName, SubgraphServer>;
  /** The further instances of a subgraph started with `replicas` (the first is in `servers`), and their URLs. */
  replicas: Partial<Record<SubgraphName, { server: SubgraphServer; url: string }[]>>;
  /** SQL statements sent by all subgraphs since the last reset. */
  sqlTotal(): number;
  resetSql(): void;
  stop(): Promise<void>;
}

/** The real stack on port 0: every subgraph of the registry and the gateway, over HTTP, on one test database. */
/**
 * Background jobs do not run on timers here (they would add SQL statements to every count); a test that needs
 * them calls `servers.<name>.runJobsOnce()`, or passes `jobs: true`.
 */
export async function startStack(
  options: { seeded?: boolean; jobs?: boolean; env?: Record<string, string>; log?: Logger; replicas?: Partial<Record<SubgraphName, number>> } = {},
): Promise<Stack> {
  const log = options.log ?? silentLog;
  const db = await createTestDatabase({ seeded: options.seeded ?? true });
  const config = testConfig({ DATABASE_URL: db.url, ...options.env });
  const servers = {} as Record<SubgraphName, SubgraphServer>;
  const subgraphUrls = {} as Record<SubgraphName, string>;
  const start = (def: (typeof subgraphs)[number]) =>
    createSubgraphServer(def, { config, log, databaseUrl: db.url, migrate: false, seed: false, peers: subgraphUrls, runJobs: options.jobs ?? false });
  for (const def of subgraphs) {
    const server = await start(def);
    servers[def.name] = server;
    subgraphUrls[def.name] = await server.listen(0);
  }
  const replicas: Stack['replicas'] = {};
  for (const def of subgraphs.filter((d) => (options.replicas?.[d.name] ?? 1) > 1)) {
    const more = (options.replicas![def.name] ?? 1) - 1;
    for (let n = 0; n < more; n += 1) {
      const server = await start(def);
      (replicas[def.name] ??= []).push({ server, url: await server.listen(0) });
    }
  }
  const gatewayUrls = Object.fromEntries(
    Object.entries(subgraphUrls).map(([name, url]) => [name, [url, ...(replicas[name as SubgraphName] ?? []).map((r) => r.url)]]),
  );
  const gateway = createGateway(config, log, gatewayUrls);
  const gatewayUrl = await gateway.listen(0);
  const all = () => [...Object.values(servers), ...Object.values(replicas).flatMap((list) => list.map((r) => r.server))];
  return {
    gatewayUrl,
    subgraphUrls,
    servers,
    replicas,
    sqlTotal: () => all().reduce((n, s) => n + s.sql.total, 0),
    resetSql: () => all().forEach((s) => s.sql.reset()),
    async stop() {
      await gateway.stop();
      await Promise.all(all().map((s) => s.stop()));
      await db.drop();
    },
  };
}
