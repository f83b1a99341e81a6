import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';

import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';

import type { Actor } from '../auth/actor';
import { IDENTITY_HEADER, REQUEST_ID_HEADER, verifyIdentity } from '../auth/identity';
import type { Config } from '../config/load-config';
import { createOrm, migrate } from '../db/create-orm';
import type { Orm } from '../db/create-orm';
import { createErrorFormatter } from '../errors/error-formatter';
import { buildFederatedSchema } from '../graphql/build-federated-schema';
import type { SubgraphContext } from '../graphql/context';
import { closeServer, listenOn } from '../http/listen';
import { readBody, sendGraphQLError, sendJson } from '../http/node-http';
import type { Logger } from '../log/logger';
import { createRequestScope } from '../services/create-request-scope';
import type { RequestScope } from '../services/request-scope';
import { requestIdOnInternalErrors } from './apollo-plugins';
import type { SubgraphDefinition } from './subgraph-definition';

export interface SubgraphServer extends Orm {
  name: string;
  schema: GraphQLSchema;
  apollo: ApolloServer<SubgraphContext>;
  /** A request scope as the HTTP layer would build it; for integration tests and seeders. */
  createScope(actor: Actor, requestId?: string): RequestScope;
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
}

/** The one bootstrap every subgraph uses: ORM, migrations, schema, Apollo, identity check, health. */
export async function createSubgraphServer(def: SubgraphDefinition, options: SubgraphServerOptions): Promise<SubgraphServer> {
  const { config } = options;
  const log = options.log.child({ subgraph: def.name });
  const { orm, sql } = await createOrm({
    url: options.databaseUrl,
    schema: def.dbSchema,
    entities: def.entities,
    migrations: def.migrations,
    poolMax: config.db.poolMax,
  });
  if (options.migrate ?? true) {
    await migrate(orm, def.dbSchema);
  }
  if ((options.seed ?? config.seed.demoData === 'auto') && def.seed) {
    await def.seed(orm.em.fork(), log);
  }
  const schema = await buildFederatedSchema(def);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(log),
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), requestIdOnInternalErrors],
  });
  await apollo.start();

  const createScope = (actor: Actor, requestId: string = randomUUID()) =>
    createRequestScope({ em: orm.em, actor, requestId, config, log });

  const handleGraphQL = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const identity = verifyIdentity(
      req.headers[IDENTITY_HEADER] as string | undefined,
      config.identity.secret,
      config.identity.maxAgeSeconds,
    );
    if (!identity.ok) {
      log.warn({ reason: identity.reason, remote: req.socket.remoteAddress }, 'refused request not signed by the gateway');
      sendGraphQLError(res, 401, 'UNAUTHENTICATED', `Subgraphs accept requests only through the gateway (${identity.reason})`);
      return;
    }
    const requestId = identity.requestId || (req.headers[REQUEST_ID_HEADER] as string) || randomUUID();
    let body: unknown;
    if (req.method === 'POST') {
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        sendGraphQLError(res, 400, 'BAD_REQUEST', 'Body must be JSON');
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) {
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
    }
    const started = performance.now();
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: url.search, body },
      context: async () => createScope(identity.actor, requestId),
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
    log.debug({ requestId, ms: Math.round(performance.now() - started), status: res.statusCode }, 'graphql request');
  };

  const http = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = async () => {
      if (url.pathname === '/health') {
        return sendJson(res, 200, { status: 'ok', service: def.name });
      }
      if (url.pathname === '/ready') {
        const ok = await orm.em
          .getConnection()
          .execute('select 1')
          .then(() => true)
          .catch(() => false);
        return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable', service: def.name });
      }
      if (url.pathname === '/graphql') {
        return handleGraphQL(req, res, url);
      }
      return sendJson(res, 404, { error: 'not found' });
    };
    route().catch((err: unknown) => {
      log.error({ err }, 'request failed');
      if (!res.headersSent) {
        sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      } else {
        res.end();
      }
    });
  });

  return {
    name: def.name,
    schema,
    apollo,
    orm,
    sql,
    createScope,
    listen: (port) => listenOn(http, port, config.http.host),
    async stop() {
      await closeServer(http);
      await apollo.stop();
      await orm.close(true);
    },
  };
}
