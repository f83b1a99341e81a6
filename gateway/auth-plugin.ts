import { randomUUID } from 'node:crypto';

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

import type { Actor } from '../kernel/auth/actor';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '../kernel/auth/identity';
import type { createTokenVerifier } from './jwt';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface GatewayAuthContext {}

const actors = new WeakMap<Request, { actor: Actor; requestId: string }>();

/** The verified caller of the HTTP request behind a GraphQL context. */
export function callerOf(context: unknown): { actor: Actor; requestId: string } | undefined {
  const request = (context as { request?: Request } | undefined)?.request;
  return request ? actors.get(request) : undefined;
}

/**
 * Verifies the caller's JWT once per HTTP request (kept by request for @authenticated / @requiresScopes, see
 * callerOf), and signs the identity onto every subgraph fetch together with the request id.
 */
export function useGatewayAuth(verify: ReturnType<typeof createTokenVerifier>, identitySecret: string): GatewayPlugin<GatewayAuthContext> {
  return {
    async onRequestParse({ request }) {
      const check = await verify(request.headers.get('authorization'));
      if (!check.ok) {
        throw new GraphQLError(check.message, {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
        });
      }
      const requestId = request.headers.get(REQUEST_ID_HEADER) ?? randomUUID();
      actors.set(request, { actor: check.actor, requestId });
    },
    onFetch({ context, options, setOptions }) {
      const found = callerOf(context);
      if (!found) {
        return; // no identity: the subgraph refuses the call
      }
      const { actor, requestId } = found;
      setOptions({
        ...options,
        headers: {
          ...(options.headers as Record<string, string>),
          [IDENTITY_HEADER]: signIdentity(actor, requestId, identitySecret),
          [REQUEST_ID_HEADER]: requestId,
        },
      });
    },
  };
}
