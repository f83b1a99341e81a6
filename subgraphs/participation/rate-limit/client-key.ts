import type { RequestScope } from '../../../kernel/services/request-scope';

/**
 * Whom a rate limit counts: the signed-in subject, else the client address the HTTP layer put in the scope
 * (when it does), else one shared bucket for all anonymous callers.
 */
export function clientKeyOf(scope: RequestScope): string {
  if (scope.actor.subject) {
    return `subject:${scope.actor.subject}`;
  }
  const address = (scope as RequestScope & { clientAddress?: unknown }).clientAddress;
  if (typeof address === 'string' && address.length > 0) {
    return `address:${address}`;
  }
  return 'anonymous';
}
