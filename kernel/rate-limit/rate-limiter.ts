import type { EntityManager } from '@mikro-orm/postgresql';

import { RateLimitedError } from '../errors/domain-error';
import { BaseService } from '../services/base.service';
import type { RequestScope } from '../services/request-scope';

export interface RateLimit {
  max: number;
  windowSeconds: number;
}

/** The kernel table of the counters (one per subgraph schema, shared by the subgraph's instances). */
export const rateLimitTable = (schema: string) => `"${schema}".rate_limit_counter`;

/** Counters are kept one day: long enough for every window in use (the longest is 10 minutes) and for a look back. */
export const RATE_LIMIT_KEEP_MS = 86_400_000;

/**
 * Whom a rate limit counts: the signed-in subject, else the client address the HTTP layer put in the scope, else one
 * shared bucket for all anonymous callers.
 */
export function clientKeyOf(scope: RequestScope): string {
  if (scope.actor.subject) {
    return `subject:${scope.actor.subject}`;
  }
  if (scope.clientAddress) {
    return `address:${scope.clientAddress}`;
  }
  return 'anonymous';
}

/**
 * Fixed-window counters in the database (kernel table rate_limit_counter), shared by every instance of a subgraph,
 * for the public writes anyone may send (citizen reports, officer feedback, community opinions). Old windows are
 * deleted by the kernel's rate-limit-purge job, never on the request path: a hit inside a caller's transaction
 * (which may hold an idempotency lock) must not wait for a second pool connection.
 */
export class RateLimiter extends BaseService {
  /**
   * Counts one hit of `clientKey` and refuses it with RATE_LIMITED when the window is full; `em` is the
   * transaction to count in when the caller holds one (so a request never waits for a second connection).
   */
  async hit(action: string, clientKey: string, limit: RateLimit, now = new Date(), em: EntityManager = this.em): Promise<void> {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
    const bucket = `${action}:${clientKey}`.slice(0, 120);
    const rows = await em.execute<{ hits: number }[]>(
      `insert into ${rateLimitTable(em.config.get('schema'))} as w (bucket, window_start, hits) values (?, ?, 1)
       on conflict (bucket, window_start) do update set hits = w.hits + 1
       returning hits`,
      [bucket, windowStart],
    );
    const hits = Number(rows[0]?.hits ?? 0);
    if (hits > limit.max) {
      const retryAfter = Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000);
      throw new RateLimitedError(`Too many submissions; try again in ${retryAfter} s`, retryAfter);
    }
  }

  /** Deletes counters of windows that started before `cutoff` (the purge job passes now − 1 day); returns how many. */
  async purgeBefore(cutoff: Date): Promise<number> {
    const rows = await this.em.execute<{ n: number }[]>(
      `with gone as (delete from ${rateLimitTable(this.em.config.get('schema'))} where window_start < ? returning 1) select count(*)::int as n from gone`,
      [cutoff],
    );
    return rows[0]?.n ?? 0;
  }
}
