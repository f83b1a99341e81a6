import { randomUUID } from 'node:crypto';

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

import type { Actor } from '../kernel/auth/actor';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '../kernel/auth/identity';
import type { createTokenVerifier } from './jwt';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GatewayAuthContext {}

interface Caller {
  actor: Actor;
  requestId: string;
  clientAddress?: string;
  /** When the caller's token expires (ms); a subscription ends then (subscription-expiry.ts). */
  expiresAt?: number;
}

const actors = new WeakMap<Request, Caller>();

/** Makes `request` stand for a caller verified elsewhere (an operation on a WebSocket; see websocket.ts). */
export function adoptCaller(request: Request, caller: Caller): void {
  actors.set(request, caller);
}

/** The verified caller of the HTTP request behind a GraphQL context. */
export function callerOf(context: unknown): Caller | undefined {
  const request = (context as { request?: Request } | undefined)?.request;
  return request ? actors.get(request) : undefined;
}

/**
 * Verifies the caller's JWT once per HTTP request (kept by request for @authenticated / @requiresScopes, see
 * callerOf), and signs the identity onto every subgraph fetch together with the request id.
 */
export function useGatewayAuth(verify: ReturnType<typeof createTokenVerifier>, identitySecret: string, trustProxy: boolean): GatewayPlugin<GatewayAuthContext> {
  return {
    async onRequestParse({ request, serverContext }) {
      const check = await verify(request.headers.get('authorization'));
      if (!check.ok) {
        throw new GraphQLError(check.message, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
        });
      }
      const requestId = request.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
      const forwarded = trustProxy ? request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
      const socketAddress = (serverContext as { req?: { socket?: { remoteAddress?: string } } }).req?.socket?.remoteAddress;
      actors.set(request, { actor: check.actor, requestId, clientAddress: forwarded || socketAddress, expiresAt: check.expiresAt });
    },
    onFetch({ context, fetchFn, setFetchFn }) {
      const found = callerOf(context);
      if (!found) {
        return; // no identity: the subgraph refuses the call
      }
      const { actor, requestId, clientAddress } = found;
      // Signed inside the fetch, per attempt: the identity covers the exact body sent, and a request the instance
      // pool sends again to another instance carries a fresh nonce (subgraphs serve each nonce once, shared by
      // all instances of a subgraph).
      setFetchFn(((url: string, init?: RequestInit, ...rest: unknown[]) => {
        const body = typeof init?.body === 'string' ? init.body : '';
        const headers = {
          ...(init?.headers as Record<string, string> | undefined),
          [IDENTITY_HEADER]: signIdentity(actor, requestId, identitySecret, Date.now(), clientAddress, body),
          [REQUEST_ID_HEADER]: requestId,
        };
        return (fetchFn as (u: string, i: RequestInit, ...r: unknown[]) => ReturnType<typeof fetchFn>)(url, { ...init, headers }, ...rest);
      }) as typeof fetchFn);
    },
  };
}
