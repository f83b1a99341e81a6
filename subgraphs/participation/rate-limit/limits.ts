import type { RateLimit } from '../../../kernel/rate-limit/rate-limiter';

/** 匿名上报限流: at most 5 submissions per client per 10 minutes (citizen reports, officer feedback). */
export const SUBMIT_REPORT_LIMIT: RateLimit = { max: 5, windowSeconds: 600 };
