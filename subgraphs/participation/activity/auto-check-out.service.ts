import { LockMode } from '@mikro-orm/core';

import { BaseService } from '../../../kernel/services/base.service';
import { HoursStatus } from './activity-enums';
import { ActivitySignUp } from './activity-sign-up.entity';
import { AUTO_CHECK_OUT_AFTER_MS, autoCheckOutAt } from './auto-check-out';
import { servedHours } from './time-window';

/** Sign-ups closed per run, oldest check-in first. */
export const AUTO_CHECK_OUT_BATCH = 200;

/**
 * 自动签退: closes check-ins left open for more than 24 h (see autoCheckOutAt for the time recorded), flags them
 * autoCheckedOut and leaves the hours PENDING for an officer. Rows another run holds are skipped (SKIP LOCKED).
 */
export class AutoCheckOutService extends BaseService {
  async closeOverdue(now = new Date()): Promise<{ closed: number }> {
    return this.em.transactional(async (em) => {
      const rows = await em.find(
        ActivitySignUp,
        {
          checkedInAt: {
            $ne: null,
            $lt: new Date(now.getTime() - AUTO_CHECK_OUT_AFTER_MS),
          },
          checkedOutAt: null,
        },
        {
          orderBy: { checkedInAt: 'asc', id: 'asc' },
          limit: AUTO_CHECK_OUT_BATCH,
          lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE,
        },
      );
      for (const s of rows) {
        const checkIn = s.checkedInAt as Date;
        s.checkedOutAt = autoCheckOutAt(checkIn, s);
        s.hours = servedHours(checkIn, s.checkedOutAt, s);
        s.hoursStatus = HoursStatus.PENDING;
        s.autoCheckedOut = true;
      }
      return { closed: rows.length };
    });
  }
}
