import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

import { HeaderMap } from '@apollo/server';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';

import type { Actor } from '../auth/actor';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, verifyBoundIdentity } from '../auth/identity';
import type { NonceLog } from '../auth/nonce-log';
import type { Config } from '../config/load-config';
import type { SubgraphContext } from '../graphql/context';
import { flatHeaders, PayloadTooLargeError, readBody, sendGraphQLError, sendJson } from '../http/node-http';
import type { Logger } from '../log/logger';
import type { SubgraphMetrics } from '../metrics/subgraph-metrics';
import { consumeMessage } from '../outbox/consume';
import type { IncomingMessage as IncomingEvent } from '../outbox/consume';
import type { RequestScope } from '../services/request-scope';
import type { SubgraphDefinition } from './subgraph-definition';
import { serveSubscription, subscriptionDocument } from './subscription-stream';
import type { SubscriptionDeps } from './subscription-stream';

interface HttpDeps {
  def: SubgraphDefinition;
  config: Config;
  log: Logger;
  apollo: ApolloServer<SubgraphContext>;
  orm: MikroORM;
  createScope: (actor: Actor, requestId?: string, clientAddress?: string | null) => RequestScope;
  /** Completed background job runs by job name (shown in /health). */
  jobRuns: Readonly<Record<string, number>>;
  /** Prometheus metrics served on /metrics (absent: METRICS_ENABLED=false). */
  metrics?: SubgraphMetrics;
  /** The nonces already served, shared by every instance of the subgraph. */
  nonces: NonceLog;
  /** Serves subscriptions as server-sent events (Apollo Server does not). */
  subscriptions: SubscriptionDeps;
  /** Subscriptions open on this instance (shown in /health). */
  liveSubscriptions: () => number;
}

export const INSTANCE_HEADER = 'x-instance';

/**
 * The subgraph's HTTP surface: `/graphql` (gateway-signed requests only), `/events` (outbox deliveries from
 * other subgraphs), `/health` (alive) and `/ready` (database reachable).
 */
export function createSubgraphHttp({
  def,
  config,
  log,
  apollo,
  orm,
  createScope,
  jobRuns,
  metrics,
  nonces,
  subscriptions,
  liveSubscriptions,
}: HttpDeps): Server {
  const instance = config.http.instanceId;
  let graphqlRequests = 0;
  const { secret, maxAgeSeconds } = config.identity;
  /** The body, and the identity signed for exactly that body (each signed request is served once by any instance). */
  const signedRequest = async (req: IncomingMessage) => {
    const body = req.method === 'POST' ? await readBody(req) : '';
    const identity = await verifyBoundIdentity(req.headers[IDENTITY_HEADER] as string | undefined, body, { secret, maxAgeSeconds, nonces });
    return { body, identity };
  };

  const handleEvent = async (req: IncomingMessage, res: ServerResponse) => {
    const { body, identity } = await signedRequest(req);
    if (!identity.ok || !identity.actor.subject?.startsWith('subgraph:') || req.method !== 'POST') {
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', 'Events are accepted only from subgraphs of this graph');
      return;
    }
    let message: IncomingEvent;
    try {
      message = JSON.parse(body) as IncomingEvent;
    } catch {
      sendGraphQLError(res, 400, 'BAD_REQUEST', 'Body must be JSON');
      return;
    }
    if (!message?.id || !message.topic || typeof message.payload !== 'object') {
      sendGraphQLError(res, 400, 'BAD_REQUEST', 'An event needs id, topic and payload');
      return;
    }
    const result = await consumeMessage(createScope(identity.actor, identity.requestId), def.consumers ?? {}, message);
    log.info({ messageId: message.id, topic: message.topic, source: message.source, result }, 'event received');
    sendJson(res, result === 'no-handler' ? 404 : 200, { result });
  };

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const { body: raw, identity } = await signedRequest(req);
    if (!identity.ok) {
      log.warn({ reason: identity.reason, remote: req.socket.remoteAddress }, 'refused request not signed by the gateway');
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', `Subgraphs accept requests only through the gateway (${identity.reason})`);
      return;
    }
    const requestId = identity.requestId || (req.headers[REQUEST_ID_HEADER] as string) || randomUUID();
    let body: unknown;
    if (req.method === 'POST') {
      try {
        body = JSON.parse(raw);
      } catch {
        sendGraphQLError(res, 400, 'BAD_REQUEST', 'Body must be JSON');
        return;
      }
    }
    const subscription = subscriptionDocument(req, body);
    if (subscription) {
      res.setHeader(REQUEST_ID_HEADER, requestId);
      log.info(
        {
          component: 'access',
          requestId,
          operationName: (body as { operationName?: string }).operationName ?? null,
          roles: identity.actor.roles,
          subject: identity.actor.subject,
        },
        'subscription opened',
      );
      await serveSubscription(subscriptions, subscription, { body, actor: identity.actor, requestId, clientAddress: identity.clientAddress }, res);
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(flatHeaders(req.headers))) {
      headers.set(key, value);
    }
    const started = performance.now();
    graphqlRequests += 1;
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: url.search, body },
      context: async () => createScope(identity.actor, requestId, identity.clientAddress),
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) {
      res.setHeader(key, value);
    }
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) {
        res.write(chunk);
      }
      res.end();
    }
    const { actor } = identity;
    const named = (body as { operationName?: unknown } | undefined)?.operationName;
    const operationName = typeof named === 'string' ? named : null;
    const ms = performance.now() - started;
    metrics?.request(operationName, res.statusCode, ms / 1000);
    log.info(
      { component: 'access', requestId, operationName, status: res.statusCode, ms: Math.round(ms * 10) / 10, roles: actor.roles, subject: actor.subject },
      'graphql request',
    );
  };

  return createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (instance) {
      res.setHeader(INSTANCE_HEADER, instance);
    }
    const route = async () => {
      if (url.pathname === '/health') {
        return sendJson(res, 200, {
          status: 'ok',
          service: def.name,
          instance: instance ?? null,
          graphqlRequests,
          jobRuns,
          liveSubscriptions: liveSubscriptions(),
        });
      }
      if (url.pathname === '/ready') {
        const ok = await orm.em
          .getConnection()
          .execute('select 1')
          .then(() => true)
          .catch(() => false);
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable', service: def.name });
      }
      if (url.pathname === '/metrics' && metrics) {
        res.setHeader('content-type', metrics.registry.contentType);
        res.end(await metrics.text());
        return;
      }
      if (url.pathname === '/graphql') {
        return handleGraphQL(req, res, url);
      }
      if (url.pathname === '/events') {
        return handleEvent(req, res);
      }
      return sendJson(res, 404, { error: 'not found' });
    };
    route().catch((err: unknown) => {
      if (err instanceof PayloadTooLargeError && !res.headersSent) {
        sendGraphQLError(res, 413, 'BAD_REQUEST', err.message);
        return;
      }
      log.error({ err }, 'request failed');
      if (!res.headersSent) {
        sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      } else {
        res.end();
      }
    });
  });
}
