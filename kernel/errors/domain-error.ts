import { GraphQLError } from 'graphql';

/** The closed set of error codes a client can see in `extensions.code`. */
export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

export interface ErrorExtras {
  field?: string;
  [key: string]: unknown;
}

/** Base of every error a subgraph throws on purpose. */
export abstract class DomainError extends GraphQLError {
  protected constructor(
    readonly code: ErrorCode,
    message: string,
    extra: ErrorExtras = {},
  ) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** Input that fails a rule. `field` is the input path, e.g. `input.location.lat`. */
export class ValidationError extends DomainError {
  constructor(field: string, message: string, extra: Omit<ErrorExtras, 'field'> = {}) {
    super('BAD_USER_INPUT', message, { field, ...extra });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to do this') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You are not allowed to do this', extra: ErrorExtras = {}) {
    super('FORBIDDEN', message, extra);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id: string, field?: string) {
    super('NOT_FOUND', `${entity} ${id} does not exist`, { entity, id, ...(field ? { field } : {}) });
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, extra: ErrorExtras = {}) {
    super('CONFLICT', message, extra);
  }
}

export class RateLimitedError extends DomainError {
  constructor(message: string, retryAfterSeconds: number) {
    super('RATE_LIMITED', message, { retryAfterSeconds });
  }
}
