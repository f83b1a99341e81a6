import { unwrapResolverError } from '@apollo/server/errors';
import { NotFoundError as OrmNotFoundError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';

import type { Logger } from '../log/logger';
import { ERROR_CODES } from './error-codes';

// codes a resolver or Apollo set on purpose pass through; INTERNAL_SERVER_ERROR is always rebuilt (no internals)
const PASS_THROUGH = new Set([...ERROR_CODES, 'OPERATION_RESOLUTION_FAILURE']);
PASS_THROUGH.delete('INTERNAL_SERVER_ERROR');

interface Violation {
  field: string;
  message: string;
}

function flattenViolations(errors: ArgumentValidationError['extensions']['validationErrors'], prefix: string): Violation[] {
  const out: Violation[] = [];
  for (const e of errors ?? []) {
    const path = `${prefix}.${e.property}`;
    for (const message of Object.values(e.constraints ?? {})) {
      out.push({ field: path, message });
    }
    out.push(...flattenViolations(e.children ?? [], path));
  }
  return out;
}

/** Maps anything a resolver threw onto the closed error set; hides internals behind the request id. */
export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      // Convention: every mutation takes a single `input` argument (CONVENTIONS P12).
      const violations = flattenViolations(original.extensions.validationErrors, 'input');
      const first = violations[0];
      return {
        message: first ? `${first.field}: ${first.message}` : 'Invalid input',
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: first?.field, violations },
      };
    }
    if (original instanceof OrmNotFoundError) {
      return { message: original.message, path: formatted.path, extensions: { code: 'NOT_FOUND' } };
    }
    if (original instanceof UniqueConstraintViolationException) {
      const detail = (original as unknown as { detail?: string }).detail ?? '';
      const column = /Key \(([^)]+)\)/.exec(detail)?.[1];
      return {
        message: 'A record with the same value already exists',
        path: formatted.path,
        extensions: { code: 'CONFLICT', field: column },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (original instanceof GraphQLError && !original.originalError && !code) {
      return formatted;
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error');
    // The request id is added by the server's response plugin, so support can find the log line.
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
