import { randomUUID } from 'node:crypto';

import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

import type { Actor } from '../auth/actor';
import { NonceLog } from '../auth/nonce-log';
import { rateLimitPurgeJob } from '../rate-limit/rate-limit-purge.job';
import type { Config, SubgraphName } from '../config/load-config';
import { withAdvisoryLock } from '../db/advisory-lock';
import { createOrm, migrate } from '../db/create-orm';
import type { Orm } from '../db/create-orm';
import { executePrepared } from '../db/prepared';
import { createErrorFormatter } from '../errors/error-formatter';
import { buildFederatedSchema } from '../graphql/build-federated-schema';
import type { SubgraphContext } from '../graphql/context';
import { closeServer, listenOn } from '../http/listen';
import { LiveHub } from '../live/live-hub';
import type { Logger } from '../log/logger';
import { SubgraphMetrics } from '../metrics/subgraph-metrics';
import { createRequestScope } from '../services/create-request-scope';
import type { RequestScope } from '../services/request-scope';
import { relayOutbox } from '../outbox/relay';
import { flushAuditTrail, readOnlyQueries, requestIdOnInternalErrors } from './apollo-plugins';
import { JobRunner } from './jobs';
import { createPeerUrls } from './peer-urls';
import { createSubgraphHttp } from './subgraph-http';
import type { JobDefinition } from './jobs';
import type { SubgraphDefinition } from './subgraph-definition';

export interface SubgraphServer extends Orm {
  name: string;
  /** Runs every background job (outbox relay included) once, now. */
  runJobsOnce(): Promise<void>;
  schema: GraphQLSchema;
  apollo: ApolloServer<SubgraphContext>;
  /** A request scope as the HTTP layer would build it; for integration tests and seeders. */
  createScope(actor: Actor, requestId?: string, clientAddress?: string | null): RequestScope;
  listen(port: number): Promise<string>;
  stop(): Promise<void>;
}

export interface SubgraphServerOptions {
  config: Config;
  log: Logger;
  databaseUrl: string;
  /** Apply pending migrations before serving (default true). */
  migrate?: boolean;
  /** Load demo data when the subgraph's tables are empty (default: config.seed.demoData === 'auto'). */
  seed?: boolean;
  /** Start background jobs (outbox relay, dispatch …) on listen (default true); tests trigger them with runJobsOnce. */
  runJobs?: boolean;
  /** Live map of the other subgraphs' URLs (filled as they listen); falls back to config. */
  peers?: Partial<Record<SubgraphName, string>>;
}

/** The identity background work and outbox deliveries run under. */
export function systemActor(name: string): Actor {
  return { subject: `subgraph:${name}`, roles: ['ADMIN'], unitId: null, departmentId: null, name: `system:${name}` };
}

/** The one bootstrap every subgraph uses: ORM, migrations, schema, Apollo, identity check, health. */
export async function createSubgraphServer(def: SubgraphDefinition, options: SubgraphServerOptions): Promise<SubgraphServer> {
  const { config } = options;
  const log = options.log.child({ subgraph: def.name });
  const { orm, sql } = await createOrm({
    url: options.databaseUrl,
    readUrl: config.db.readUrl,
    schema: def.dbSchema,
    entities: def.entities,
    migrations: def.migrations,
    poolMax: config.db.poolMax,
    preparedStatements: config.db.preparedStatements,
  });
  const seed = (options.seed ?? config.seed.demoData === 'auto') && def.seed;
  if ((options.migrate ?? true) || seed) {
    // instances starting together take turns: the first migrates and seeds, the others find nothing to do
    await withAdvisoryLock(options.databaseUrl, `ceg:setup:${def.dbSchema}`, async () => {
      if (options.migrate ?? true) {
        const applied = await migrate(orm, def.dbSchema);
        log.info({ schema: def.dbSchema, applied, count: applied.length }, applied.length ? 'migrations applied' : 'database schema up to date');
      }
      if (seed) {
        log.info({ schema: def.dbSchema }, 'demo data: loading it where the tables are empty (SEED_DEMO_DATA=auto)');
        await seed(orm.em.fork(), log);
      }
    });
  }
  const schema = await buildFederatedSchema(def);
  const metrics = config.metrics.enabled ? new SubgraphMetrics(def.name, orm, def.dbSchema, () => jobs.lastSuccess) : undefined;
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    // The process's own shutdown (onShutdown) stops the HTTP server, the jobs, the ORM and, under npm start, the
    // database, in that order. Apollo's handler (on outside NODE_ENV=test) would stop only Apollo, then raise the signal
    // again and kill the process half-way: the database left running, the last log lines lost.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(log),
    // Cache-control (on by default) hooks every resolved field to compute cache hints nobody reads: off.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      readOnlyQueries,
      requestIdOnInternalErrors,
      flushAuditTrail,
      ...(metrics ? [metrics.errorCodes] : []),
    ],
  });
  await apollo.start();
  const live = new LiveHub(options.databaseUrl, def.dbSchema, log);
  await live.start();

  const createScope = (actor: Actor, requestId: string = randomUUID(), clientAddress: string | null = null) =>
    createRequestScope({ em: orm.em, actor, requestId, config, log, clientAddress, live });

  const peerUrl = createPeerUrls(config, options.peers);
  const relay: JobDefinition = {
    name: 'outbox-relay',
    everyMs: 500,
    run: ({ scope }) => relayOutbox(scope.em, { source: def.name, identitySecret: config.identity.secret, peerUrl, log }),
  };
  const nonceEm = orm.em.fork();
  const nonces = new NonceLog({ execute: (sql, params) => executePrepared(nonceEm, sql, params) }, def.dbSchema);
  const pruneNonces: JobDefinition = { name: 'identity-nonce-prune', everyMs: 60_000, run: () => nonces.prune() };
  const jobs = new JobRunner(
    [...(def.jobs ?? []), relay, pruneNonces, rateLimitPurgeJob],
    () => ({ scope: createScope(systemActor(def.name), randomUUID()), peerUrl, identitySecret: config.identity.secret }),
    log,
  );
  jobs.observer = metrics?.jobs;

  const subscriptions = { schema, createScope, formatError: createErrorFormatter(log), log };
  const http = createSubgraphHttp({
    def,
    config,
    log,
    apollo,
    orm,
    createScope,
    jobRuns: jobs.runs,
    metrics,
    nonces,
    subscriptions,
    liveSubscriptions: () => live.subscriberCount,
  });

  return {
    name: def.name,
    schema,
    apollo,
    orm,
    sql,
    createScope,
    runJobsOnce: () => jobs.runAll(),
    async listen(port) {
      const url = await listenOn(http, port, config.http.host);
      if (options.runJobs ?? true) {
        jobs.start();
      }
      return url;
    },
    /** Stop accepting, end the live streams, drain the requests in flight, then stop the jobs, Apollo, the pool. */
    async stop() {
      const closing = closeServer(http);
      await live.stop();
      await closing;
      await jobs.stop();
      await apollo.stop();
      await orm.close(true);
    },
  };
}
