import type { JobDefinition } from '../../../kernel/server/jobs';
import { createEnforcementGridLocator, runDispatch } from './run-dispatch';

/**
 * 自动派遣: every 2 s, new reports are routed to the grid cell containing them and its responsible officer,
 * asking enforcement through its subgraph API. While enforcement is unreachable reports stay SUBMITTED and are
 * dispatched on a later run; nothing is lost.
 */
export const dispatchJob: JobDefinition = {
  name: 'report-dispatch',
  everyMs: 2000,
  async run({ scope, peerUrl, identitySecret }) {
    const url = peerUrl('enforcement');
    if (!url) {
      return { dispatched: 0, flagged: 0, deferred: 0 };
    }
    const result = await runDispatch(scope, createEnforcementGridLocator(url, identitySecret));
    if (result.dispatched + result.flagged > 0) {
      scope.log.info(result, 'reports dispatched');
    }
    return result;
  },
};
