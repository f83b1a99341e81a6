import type { JobDefinition } from '../../../kernel/server/jobs';
import { RateLimiter } from './rate-limit.service';

/** Counters are kept one day: long enough for every window in use (the longest is 10 minutes) and for a look back. */
export const RATE_LIMIT_KEEP_MS = 86_400_000;

/** 限流计数清理: every hour, counters of windows older than a day are deleted so the table stays small. */
export const rateLimitPurgeJob: JobDefinition = {
  name: 'rate-limit-purge',
  everyMs: 60 * 60_000,
  async run({ scope }) {
    const purged = await scope.services.get(RateLimiter).purgeBefore(new Date(Date.now() - RATE_LIMIT_KEEP_MS));
    return { purged };
  },
};
