import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

import { Kind } from 'graphql';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';

import { callerOf } from './auth-plugin';
import { withClosedCode } from './error-codes';

/** What one answered HTTP request to /graphql amounted to: the input of the access log and the error metrics. */
export interface RequestOutcome {
  requestId: string | null;
  operationName: string | null;
  status: number;
  ms: number;
  /** The caller's roles (empty: anonymous) and subject id; never a name or any other personal data. */
  roles: readonly string[];
  subject: string | null;
  /** `extensions.code` of every error in the answer, in order. */
  errorCodes: string[];
}

export type OutcomeSink = (outcome: RequestOutcome) => void;

interface Pending {
  started: number;
  operationName: string | null;
  errorCodes: string[];
}

function operationNameOf(document: DocumentNode): string | null {
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      return definition.name?.value ?? null;
    }
  }
  return null;
}

function codesOf(result: unknown, into: string[]): void {
  if (Array.isArray(result)) {
    result.forEach((r) => codesOf(r, into));
    return;
  }
  // the code the client will see (useClosedErrorCodes may run after this plugin)
  for (const error of (result as { errors?: GraphQLFormattedError[] } | null)?.errors ?? []) {
    into.push(String(withClosedCode(error).extensions?.code));
  }
}

/**
 * Follows each GraphQL request from arrival to response and hands its outcome to the sinks (access log, metrics).
 * Costs a map entry and a clock read per request; health checks and explorer assets are not followed.
 */
export function useRequestOutcome(sinks: OutcomeSink[], graphqlPath = '/graphql'): GatewayPlugin {
  const pending = new WeakMap<Request, Pending>();
  return {
    onRequest({ request, url }) {
      if (url.pathname === graphqlPath) {
        pending.set(request, { started: performance.now(), operationName: null, errorCodes: [] });
      }
    },
    onParams({ params, request }) {
      const entry = pending.get(request);
      if (entry && typeof params.operationName === 'string') {
        entry.operationName = params.operationName;
      }
    },
    onParse({ context }) {
      // a request that names no operation: the name of the (first) operation in its document
      const request = (context as { request?: Request }).request;
      const entry = request && pending.get(request);
      if (!entry || entry.operationName) {
        return undefined;
      }
      return ({ result }) => {
        if (result && typeof result === 'object' && 'definitions' in result) {
          entry.operationName = operationNameOf(result as DocumentNode);
        }
      };
    },
    onResultProcess({ request, result }) {
      const entry = pending.get(request);
      if (entry && result && typeof result === 'object' && !(Symbol.asyncIterator in result)) {
        codesOf(result, entry.errorCodes);
      }
    },
    onResponse({ request, response }) {
      const entry = pending.get(request);
      if (!entry) {
        return;
      }
      pending.delete(request);
      const caller = callerOf({ request });
      const outcome: RequestOutcome = {
        requestId: caller?.requestId ?? null,
        operationName: entry.operationName,
        status: response.status,
        ms: Math.round((performance.now() - entry.started) * 10) / 10,
        roles: caller?.actor.roles ?? [],
        subject: caller?.actor.subject ?? null,
        errorCodes: entry.errorCodes,
      };
      for (const sink of sinks) {
        sink(outcome);
      }
    },
  };
}
