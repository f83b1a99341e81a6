import type { IncomingMessage, ServerResponse } from 'node:http';

import { createSourceEventStream, execute, getOperationAST, OperationTypeNode, parse, validate } from 'graphql';
import type { DocumentNode, ExecutionResult, GraphQLError, GraphQLFormattedError, GraphQLSchema } from 'graphql';

import type { Actor } from '../auth/actor';
import { markReadOnly } from '../db/read-only';
import type { Logger } from '../log/logger';
import type { RequestScope } from '../services/request-scope';

/** Comment lines keep idle proxies from closing a quiet stream. */
const KEEP_ALIVE_MS = 15_000;

export interface SubscriptionDeps {
  schema: GraphQLSchema;
  createScope(actor: Actor, requestId?: string, clientAddress?: string | null): RequestScope;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  log: Logger;
}

export interface SubscriptionRequest {
  body: unknown;
  actor: Actor;
  requestId: string;
  clientAddress: string | null;
}

/** The request's document when it is a subscription the client wants as a server-sent event stream. */
export function subscriptionDocument(req: IncomingMessage, body: unknown): DocumentNode | null {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (!String(req.headers.accept ?? '').includes('text/event-stream') || typeof query !== 'string') {
    return null;
  }
  try {
    const document = parse(query);
    const name = (body as { operationName?: unknown }).operationName;
    const operation = getOperationAST(document, typeof name === 'string' ? name : undefined);
    return operation?.operation === OperationTypeNode.SUBSCRIPTION ? document : null;
  } catch {
    return null; // Apollo answers the syntax error
  }
}

/**
 * Serves a GraphQL subscription as server-sent events (the protocol the gateway's HTTP transport speaks to
 * subgraphs): `event: next` per result, `event: complete` at the end. Each event is executed with a fresh request
 * scope (EntityManager, loaders, audit trail), so every result reads the state committed by the change it
 * announces, never a cache of the subscription's start; unmasked reads are audited per event.
 */
export async function serveSubscription(deps: SubscriptionDeps, document: DocumentNode, request: SubscriptionRequest, res: ServerResponse): Promise<void> {
  const { body, actor, requestId, clientAddress } = request;
  const { variables, operationName } = body as { variables?: Record<string, unknown>; operationName?: string };
  const format = (errors: readonly GraphQLError[]) =>
    errors.map((e) => {
      const f = deps.formatError(e.toJSON(), e);
      return f.extensions?.code === 'INTERNAL_SERVER_ERROR' ? { ...f, extensions: { ...f.extensions, requestId } } : f;
    });
  const freshScope = () => {
    const scope = deps.createScope(actor, requestId, clientAddress);
    markReadOnly(scope.em);
    return scope;
  };
  const write = (result: unknown) => res.write(`event: next\ndata: ${JSON.stringify(result)}\n\n`);
  const send = (result: ExecutionResult) => write({ ...result, errors: result.errors ? format(result.errors) : undefined });
  const complete = () => {
    if (!res.writableEnded) {
      res.end('event: complete\ndata:\n\n');
    }
  };
  // refused before any event (invalid, NOT_FOUND, FORBIDDEN): one plain JSON answer, as for a query
  const refuse = (errors: readonly GraphQLError[]) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ data: null, errors: format(errors) }));
  };
  const validationErrors = validate(deps.schema, document);
  if (validationErrors.length > 0) {
    return refuse(validationErrors);
  }
  const args = { schema: deps.schema, document, variableValues: variables ?? {}, operationName };
  const stream = await createSourceEventStream({ ...args, contextValue: freshScope() });
  if (!(Symbol.asyncIterator in stream)) {
    return refuse(stream.errors ?? []);
  }
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.write(':\n\n'); // the headers leave now: the caller knows the subscription is in place
  const keepAlive = setInterval(() => res.write(':\n\n'), KEEP_ALIVE_MS);
  const stop = () => void (stream as AsyncGenerator).return?.(undefined);
  res.on('close', stop);
  try {
    for await (const payload of stream) {
      const scope = freshScope();
      const result = await execute({ ...args, rootValue: payload, contextValue: scope });
      await scope.audit.flush(scope.em, scope.actor, scope.requestId);
      if (res.writableEnded || res.destroyed) {
        break;
      }
      send(result);
    }
  } catch (err) {
    deps.log.error({ err, requestId }, 'subscription stream failed');
    write({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } }] });
  } finally {
    clearInterval(keepAlive);
    res.off('close', stop);
    complete();
  }
}
