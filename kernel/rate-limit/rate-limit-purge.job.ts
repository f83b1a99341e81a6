import type { JobDefinition } from '../server/jobs';
import { RATE_LIMIT_KEEP_MS, RateLimiter } from './rate-limiter';

/** 限流计数清理: every hour, in every subgraph, counters of windows older than a day are deleted. */
export const rateLimitPurgeJob: JobDefinition = {
  name: 'rate-limit-purge',
  everyMs: 60 * 60_000,
  async run({ scope }) {
    const purged = await scope.services.get(RateLimiter).purgeBefore(new Date(Date.now() - RATE_LIMIT_KEEP_MS));
    return { purged };
  },
};
