import { readFileSync, watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { renderGraphiQL } from 'graphql-yoga';

import type { Config, SubgraphName } from '../kernel/config/load-config';
import { closeServer, listenOn } from '../kernel/http/listen';
import type { Logger } from '../kernel/log/logger';
import { accessLog } from './access-log';
import { callerOf, useGatewayAuth } from './auth-plugin';
import { validateCaller } from './authorization';
import { useBodyLimit } from './body-limit';
import { useFieldAuthorisation } from './field-authorisation';
import { subgraphAgent, useSubgraphFetch } from './subgraph-fetch';
import { useSubscriptionExpiry } from './subscription-expiry';
import { useAnswerEmptyOperations } from './empty-operation';
import { useClosedErrorCodes } from './error-codes';
import { subgraphInstances, useSubgraphInstances } from './subgraph-instances';
import type { GatewayAuthContext } from './auth-plugin';
import { renderLocalGraphiQL, useExplorerAssets } from './explorer';
import { EXPLORER_TABS } from './explorer-tabs';
import { createTokenVerifier } from './jwt';
import { withJsonBody } from './json-body';
import { gatewayMetrics } from './metrics';
import { persistedDocumentsByHash, usePersistedDocumentsOnly } from './persisted-documents';
import { useQueryCost } from './query-cost';
import { runtimeLogger } from './logging';
import { useBlockFieldSuggestions, useQueryLimits } from './query-limits';
import { useRequestShape } from './request-shape';
import { useRequestOutcome } from './request-outcome';
import { gatewayTracingPlugins } from './tracing';
import { usePublicCatalogueCache } from './response-cache';
import { attachWebSocket } from './websocket';

/** How long in-flight requests may take to finish on stop before open event streams are cut. */
const STREAM_GRACE_MS = 5000;

export interface Gateway {
  runtime: GatewayRuntime<GatewayAuthContext>;
  listen(port: number): Promise<string>;
  stop(): Promise<void>;
}

/** Builds the Hive Gateway runtime from config and the static supergraph; `listen` is separate. */
export function createGateway(config: Config, log: Logger, subgraphUrls: Partial<Record<SubgraphName, string | string[]>> = {}): Gateway {
  const supergraphPath = path.resolve(config.gateway.supergraphPath);
  const instances = subgraphInstances(config.subgraphUrls, subgraphUrls);
  const urls = Object.fromEntries(Object.entries(instances).map(([name, list]) => [name, list[0]]));
  // Upstream in-flight dedupe is OFF: its key ignores the identity header we add per caller, so two users
  // sending the same query at the same moment would share one subgraph answer (a cross-user data leak).
  // Subscriptions go to subgraphs as server-sent events; POST (not the transport's default GET for them) so the
  // signed identity covers the operation, as it does for every other request.
  const noSharedAnswers = { options: { deduplicateInflightRequests: false, method: 'POST' as const } };
  const transportEntries = {
    '*.http': noSharedAnswers,
    ...Object.fromEntries(
      Object.entries(urls)
        .filter(([, url]) => Boolean(url))
        .map(([name, url]) => [name, { location: url, ...noSharedAnswers }]),
    ),
  };
  const verify = createTokenVerifier(config.jwt);
  const agent = subgraphAgent();
  const logger = runtimeLogger(log, config.log.level);
  const metrics = config.metrics.enabled ? gatewayMetrics(logger) : undefined;
  // `query`/`headers`: what the first tab opens with. Yoga's page reads `query` (not in its option type; its
  // `defaultQuery` is ignored) and otherwise shows its English welcome text there; a placeholder token in the first
  // tab's headers would make the explorer's schema request fail (UNAUTHENTICATED), so the public tab has none.
  const explorer = {
    title: '城管执法图谱 Civic Enforcement Graph',
    defaultTabs: EXPLORER_TABS,
    query: EXPLORER_TABS[0].query,
    headers: EXPLORER_TABS[0].headers,
  };
  const runtime = createGatewayRuntime<GatewayAuthContext>({
    supergraph: () => readFileSync(supergraphPath, 'utf8'),
    transportEntries,
    unifiedGraphHandler: config.gateway.queryPlanner === 'rust' ? unifiedGraphHandler : undefined,
    logging: logger,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    readinessCheckEndpoint: '/ready',
    landingPage: false,
    persistedDocuments: config.gateway.persistedDocumentsOnly ? persistedDocumentsByHash() : undefined,
    graphiql: config.production ? false : explorer,
    renderGraphiQL: renderLocalGraphiQL(renderGraphiQL),
    disableIntrospection: config.production ? { disableIf: () => true } : undefined,
    plugins: () => [
      // first: the plugins after it wrap the fetch it sets (tracing context, signed identity, instance pool)
      useSubgraphFetch(agent),
      // first of the request hooks, where the runtime's own `genericAuth` option would put it
      useFieldAuthorisation({
        mode: 'protect-granular',
        rejectUnauthenticated: false,
        resolveUserFn: (ctx: unknown) => {
          const actor = callerOf(ctx)?.actor;
          return actor?.subject ? actor : null;
        },
        extractScopes: (user) => user?.roles ?? [],
        validateUser: (params) => validateCaller(params),
      }),
      ...(config.tracing.enabled ? gatewayTracingPlugins() : []),
      useRequestOutcome(metrics ? [accessLog(log), metrics.sink] : [accessLog(log)]),
      ...(metrics ? [metrics.plugin] : []),
      useBodyLimit(config.gateway.maxBodyBytes),
      useRequestShape(),
      useClosedErrorCodes(),
      useGatewayAuth(verify, config.identity.secret, config.http.trustProxy),
      useSubscriptionExpiry(),
      useAnswerEmptyOperations(),
      useSubgraphInstances(instances),
      useQueryLimits(config.limits),
      useQueryCost(config.limits.maxCost),
      ...(config.gateway.persistedDocumentsOnly ? [usePersistedDocumentsOnly()] : []),
      ...(config.production ? [] : [useExplorerAssets()]),
      ...(config.gateway.publicCacheTtlMs > 0 ? usePublicCatalogueCache(readFileSync(supergraphPath, 'utf8'), config.gateway.publicCacheTtlMs) : []),
      ...(config.production ? [useBlockFieldSuggestions()] : []),
    ],
  });

  // Reload the supergraph when the file changes (npm run schema, or a new artifact deployed).
  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    watcher = watch(supergraphPath, () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        log.info({ supergraphPath }, 'supergraph changed; reloading');
        runtime.invalidateUnifiedGraph();
      }, 200);
    });
  } catch (err) {
    log.warn({ err, supergraphPath }, 'cannot watch the supergraph file; reload needs a restart');
  }

  // The runtime answers its own failures (whatwg-node turns a thrown error into a 500), so its promise is not awaited.
  const http = createServer(withJsonBody(config.gateway.maxBodyBytes, (req, res) => void runtime(req, res)));
  const sockets = attachWebSocket(http, {
    runtime,
    verify,
    path: '/graphql',
    production: config.production,
    trustProxy: config.http.trustProxy,
    maxPayloadBytes: config.gateway.maxBodyBytes,
    log,
  });
  return {
    runtime,
    listen: (port) => listenOn(http, port, config.http.host),
    async stop() {
      watcher?.close();
      clearTimeout(timer);
      const closing = closeServer(http);
      await sockets.close();
      // a subscription over server-sent events never ends by itself: after a grace period it is cut
      const cut = setTimeout(() => http.closeAllConnections(), STREAM_GRACE_MS);
      await closing;
      clearTimeout(cut);
      await runtime.dispose();
      await agent.close();
    },
  };
}
