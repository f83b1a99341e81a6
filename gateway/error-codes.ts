import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';

import { ERROR_CODES } from '../kernel/errors/error-codes';

type AnyError = GraphQLError | GraphQLFormattedError;

/**
 * The input path a variable-coercion message names: `Variable "$input" got invalid value … at "input.location";
 * Field "x" is not defined by type …` → `input.location.x`.
 */
export function variableErrorField(message: string): string | null {
  const variable = /^Variable "\$([^"]+)"/.exec(message)?.[1];
  if (!variable) {
    return null;
  }
  const base = / at "([^"]+)";/.exec(message)?.[1] ?? variable;
  const inner = /Field "([^"]+)" (?:is not defined by type|of required type)/.exec(message)?.[1];
  return inner ? `${base}.${inner}` : base;
}

/** Codes of the runtime that name a request problem, and the closed code they stand for. */
const REQUEST_PROBLEMS: Record<string, string> = {
  // operationName names no operation of the document, or several operations and no operationName
  OPERATION_RESOLUTION_FAILURE: 'BAD_REQUEST',
};

/** Gives an error a code from the closed set (and drops `originalError`, which may hold parser internals). */
export function withClosedCode(error: AnyError): AnyError {
  const { originalError: internal, ...extensions } = (error.extensions ?? {}) as Record<string, unknown>;
  const code = extensions.code;
  if (typeof code === 'string' && ERROR_CODES.has(code)) {
    return internal === undefined ? error : rebuild(error, extensions);
  }
  const request = typeof code === 'string' ? REQUEST_PROBLEMS[code] : undefined;
  if (request) {
    return rebuild(error, { ...extensions, code: request, reason: code });
  }
  const field = variableErrorField(error.message);
  if (field) {
    return rebuild(error, { ...extensions, code: 'BAD_USER_INPUT', field });
  }
  return rebuild(error, { ...extensions, code: 'INTERNAL_SERVER_ERROR', ...(code ? { reason: code } : {}) });
}

/** The same error with other extensions (a GraphQLError stays one, so yoga still reads `extensions.http`). */
function rebuild(error: AnyError, extensions: Record<string, unknown>): AnyError {
  if (!(error instanceof GraphQLError)) {
    return { ...error, extensions };
  }
  const { nodes, source, positions, path } = error;
  return new GraphQLError(error.message, { nodes, source, positions, path, extensions });
}

/**
 * Every error the gateway answers has `extensions.code` from the closed set: variable-coercion errors of
 * graphql-js (no code of their own) become BAD_USER_INPUT with the input path as `field`.
 */
export function useClosedErrorCodes(): GatewayPlugin {
  const fix = (result: unknown): unknown => {
    if (Array.isArray(result)) {
      return result.map(fix);
    }
    const errors = (result as { errors?: AnyError[] } | null)?.errors;
    return errors?.length ? { ...(result as object), errors: errors.map(withClosedCode) } : result;
  };
  return {
    onResultProcess(payload) {
      const { result } = payload;
      if (result && typeof result === 'object' && !(Symbol.asyncIterator in result)) {
        payload.setResult(fix(result) as typeof result);
      }
    },
  };
}
