import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';

import { getGraphQLWSOptions } from '@graphql-hive/gateway-runtime';
import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { useServer } from 'graphql-ws/use/ws';
import type { Extra } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';

import type { Actor } from '../kernel/auth/actor';
import { REQUEST_ID_HEADER } from '../kernel/auth/identity';
import type { Logger } from '../kernel/log/logger';
import { adoptCaller } from './auth-plugin';
import type { GatewayAuthContext } from './auth-plugin';
import type { createTokenVerifier } from './jwt';

export interface WebSocketOptions {
  runtime: GatewayRuntime<GatewayAuthContext>;
  verify: ReturnType<typeof createTokenVerifier>;
  path: string;
  production: boolean;
  trustProxy: boolean;
  /** Largest message accepted (the HTTP body limit); a larger one closes the socket (1009). */
  maxPayloadBytes: number;
  log: Logger;
}

/**
 * GraphQL over WebSocket (the graphql-ws protocol) on the gateway's HTTP server, for subscriptions (and any
 * operation). The caller's token travels in the connection parameters (`{ "authorization": "Bearer …" }`) and is
 * verified once, at connection: a bad token closes the socket with 4403; no token is an anonymous caller. Every
 * operation then runs through the same runtime and plugins as over HTTP (authorisation by role, query limits,
 * signed identity to the subgraphs), each with a request id of its own.
 */
export function attachWebSocket(http: Server, options: WebSocketOptions): { close(): Promise<void> } {
  const { runtime, verify, log } = options;
  const wss = new WebSocketServer({ server: http, path: options.path, maxPayload: options.maxPayloadBytes });
  const callers = new WeakMap<object, { actor: Actor; expiresAt?: number }>();
  const graphqlWs = getGraphQLWSOptions(runtime, (ctx) => {
    const { actor, expiresAt } = callers.get(ctx)!;
    const extra = ctx.extra as Extra;
    const upgrade = extra.request;
    const forwarded = options.trustProxy
      ? String(upgrade.headers['x-forwarded-for'] ?? '')
          .split(',')[0]
          ?.trim()
      : undefined;
    const requestId = randomUUID();
    // one Fetch Request per operation stands for the caller, as an HTTP request does (see callerOf)
    const request = new Request(`http://gateway${options.path}`, { method: 'POST', headers: { [REQUEST_ID_HEADER]: requestId } });
    adoptCaller(request, { actor, requestId, clientAddress: forwarded || upgrade.socket.remoteAddress, expiresAt });
    return { req: upgrade, socket: extra.socket, request };
  });
  const server = useServer(
    {
      ...graphqlWs,
      onConnect: async (ctx) => {
        const header = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        const check = await verify(typeof header === 'string' ? header : null);
        if (!check.ok) {
          log.info({ reason: check.message }, 'websocket refused: invalid token');
          return false;
        }
        callers.set(ctx, { actor: check.actor, expiresAt: check.expiresAt });
        return true;
      },
      isProd: options.production,
    },
    wss,
  );
  return {
    async close() {
      await server.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
