import type { JobDefinition } from '../../../kernel/server/jobs';
import { AutoCheckOutService } from './auto-check-out.service';

/**
 * 自动签退: every 5 minutes, check-ins open for more than 24 h are checked out (at check-in + 24 h, or the activity
 * end if earlier), flagged autoCheckedOut, and their hours left PENDING for an officer to review.
 */
export const autoCheckOutJob: JobDefinition = {
  name: 'activity-auto-check-out',
  everyMs: 5 * 60_000,
  async run({ scope }) {
    const result = await scope.services.get(AutoCheckOutService).closeOverdue();
    if (result.closed > 0) {
      scope.log.info(result, 'open check-ins closed automatically');
    }
    return result;
  },
};
