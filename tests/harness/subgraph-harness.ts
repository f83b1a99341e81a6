import type { FormattedExecutionResult } from 'graphql';

import type { Actor } from '../../kernel/auth/actor';
import { ANONYMOUS } from '../../kernel/auth/actor';
import type { Config } from '../../kernel/config/load-config';
import { createSubgraphServer } from '../../kernel/server/create-subgraph-server';
import type { SubgraphServer } from '../../kernel/server/create-subgraph-server';
import type { SubgraphDefinition } from '../../kernel/server/subgraph-definition';
import { createTestDatabase } from './database';
import { silentLog, testConfig } from './test-env';

export interface SubgraphHarness {
  server: SubgraphServer;
  config: Config;
  databaseUrl: string;
  /** Runs an operation in-process with a real request scope for `as`. */
  execute<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, as?: Actor): Promise<FormattedExecutionResult<T>>;
  /** A fresh EntityManager to check the database state afterwards. */
  em(): SubgraphServer['orm']['em'];
  stop(): Promise<void>;
}

/** Another instance of the harness's subgraph on the same database (jobs not started), to race two instances. */
export function startSecondInstance(def: SubgraphDefinition, h: SubgraphHarness): Promise<SubgraphServer> {
  return createSubgraphServer(def, { config: h.config, log: silentLog, databaseUrl: h.databaseUrl, migrate: false, seed: false, runJobs: false });
}

/** One subgraph on its own database (cloned from the migrated template; `seeded` adds the demo data). */
export async function startSubgraph(def: SubgraphDefinition, options: { seeded?: boolean } = {}): Promise<SubgraphHarness> {
  const db = await createTestDatabase({ seeded: options.seeded });
  const config = testConfig({ DATABASE_URL: db.url });
  const server = await createSubgraphServer(def, { config, log: silentLog, databaseUrl: db.url, migrate: false, seed: false });
  return {
    server,
    config,
    databaseUrl: db.url,
    async execute<T>(query: string, variables?: Record<string, unknown>, as: Actor = ANONYMOUS) {
      const res = await server.apollo.executeOperation<T>({ query, variables }, { contextValue: server.createScope(as) });
      if (res.body.kind !== 'single') {
        throw new Error('incremental delivery is not expected here');
      }
      return res.body.singleResult;
    },
    em: () => server.orm.em.fork(),
    async stop() {
      await server.stop();
      await db.drop();
    },
  };
}
