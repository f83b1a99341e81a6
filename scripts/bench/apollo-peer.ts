/**
 * The benchmark's reference gateway: `@apollo/gateway` over the same running subgraphs, in its own process.
 * It does not support @authenticated / @requiresScopes, so they are stripped from its copy of the supergraph;
 * it verifies the caller's JWT with the same verifier and signs the identity header as our gateway does.
 * Argument: the port. Environment: SUPERGRAPH_PATH, JWT_SECRET, IDENTITY_SECRET, <NAME>_URL.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

import { createTokenVerifier } from '../../gateway/jwt';
import type { Actor } from '../../kernel/auth/actor';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signIdentity } from '../../kernel/auth/identity';
import { loadRuntimeConfig } from '../../kernel/config/dev-secrets';
import { onShutdown } from '../../kernel/http/shutdown';
import { createLogger } from '../../kernel/log/logger';

interface PeerContext {
  actor: Actor;
  requestId: string;
}

/** Removes the authorization directives (and their @link) that @apollo/gateway refuses. */
export function stripAuthDirectives(supergraph: string): string {
  return supergraph
    .replace(/ @link\(url: "https:\/\/specs\.apollo\.dev\/(requiresScopes|authenticated)\/v0\.1", for: SECURITY\)/g, '')
    .replace(/^directive @(requiresScopes|authenticated)\b.*$/gm, '')
    .replace(/^scalar requiresScopes__Scope$/gm, '')
    .replace(/ @requiresScopes\(\s*scopes:\s*\[[^)]*\]\s*\)/g, '')
    .replace(/ @authenticated\b/g, '');
}

async function main() {
  const config = loadRuntimeConfig();
  const log = createLogger('warn', 'apollo-peer');
  const urls = config.subgraphUrls as Record<string, string[] | undefined>;
  const gateway = new ApolloGateway({
    supergraphSdl: stripAuthDirectives(readFileSync(config.gateway.supergraphPath, 'utf8')),
    buildService: ({ name, url }) =>
      new RemoteGraphQLDataSource<PeerContext>({
        url: urls[name]?.[0] ?? url,
        willSendRequest({ request, context }) {
          // the identity is bound to the body: RemoteGraphQLDataSource sends JSON.stringify(request without http)
          const { http: _http, ...sent } = request;
          const body = JSON.stringify(sent);
          // @apollo/gateway types the context as PeerContext | Record<string, any> (its health checks carry none)
          const { actor, requestId } = context as PeerContext;
          request.http?.headers.set(IDENTITY_HEADER, signIdentity(actor, requestId, config.identity.secret, Date.now(), undefined, body));
          request.http?.headers.set(REQUEST_ID_HEADER, requestId);
        },
      }),
  });
  const verify = createTokenVerifier(config.jwt);
  const server = new ApolloServer<PeerContext>({ gateway, introspection: false });
  const { url } = await startStandaloneServer(server, {
    listen: { port: Number(process.argv[2]), host: '127.0.0.1' },
    context: async ({ req }) => {
      const check = await verify(req.headers.authorization ?? null);
      if (!check.ok) {
        throw new Error(check.message);
      }
      return { actor: check.actor, requestId: randomUUID() };
    },
  });
  log.warn({ url }, 'apollo peer gateway listening');
  onShutdown(log, () => server.stop());
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
