import type { Logger } from '../kernel/log/logger';
import type { OutcomeSink } from './request-outcome';

/** One info line per GraphQL request: operation, duration, status, caller role and subject id, error codes. */
export function accessLog(log: Logger): OutcomeSink {
  const access = log.child({ component: 'access' });
  return (outcome) => {
    const { errorCodes, ...rest } = outcome;
    access.info({ ...rest, ...(errorCodes.length ? { errorCodes } : {}) }, 'graphql request');
  };
}
