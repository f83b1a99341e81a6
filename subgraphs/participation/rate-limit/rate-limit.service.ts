import type { EntityManager } from '@mikro-orm/postgresql';

import { RateLimitedError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { RateLimitWindow } from './rate-limit-window.entity';

export interface RateLimit {
  max: number;
  windowSeconds: number;
}

/** 匿名上报限流: at most 5 submissions per client per 10 minutes. */
export const SUBMIT_REPORT_LIMIT: RateLimit = { max: 5, windowSeconds: 600 };

/**
 * Fixed-window counters in the database (table rate_limit_window), shared by every instance. Old windows are
 * deleted by the rate-limit-purge job, never on the request path: a hit inside a caller's transaction (which may hold
 * an idempotency lock) must not wait for a second pool connection.
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
    const table = `"${em.config.get('schema')}"."rate_limit_window"`;
    const rows = await em.execute<{ hits: number }[]>(
      `insert into ${table} as w (bucket, window_start, hits) values (?, ?, 1)
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
  purgeBefore(cutoff: Date): Promise<number> {
    return this.em.nativeDelete(RateLimitWindow, { windowStart: { $lt: cutoff } });
  }
}
