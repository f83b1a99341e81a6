import type { Role } from '../auth/roles';
import { hasRole, isAuthenticated } from '../auth/actor';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-error';
import type { RequestScope } from './request-scope';

/** Base of every service: holds the request scope and the common authorisation checks. */
export abstract class BaseService {
  constructor(protected readonly scope: RequestScope) {}

  protected get em() {
    return this.scope.em;
  }

  /**
   * The read replica (`DATABASE_READ_URL`) for heavy read-only queries such as statistics, or the primary when
   * none is configured. A replica lags a little behind: never use it to read what this request just wrote.
   */
  protected readConnection() {
    return this.scope.em.getConnection('read');
  }

  protected get actor() {
    return this.scope.actor;
  }

  /** Defence in depth: the gateway enforces @authenticated/@requiresScopes; the service checks again. */
  protected requireRole(...roles: Role[]): void {
    if (!isAuthenticated(this.actor)) {
      throw new UnauthenticatedError();
    }
    if (!hasRole(this.actor, ...roles)) {
      throw new ForbiddenError(`Requires one of the roles ${roles.join(', ')}`);
    }
  }

  protected requireSignedIn(): void {
    if (!isAuthenticated(this.actor)) {
      throw new UnauthenticatedError();
    }
  }
}
