import type { TimeWindow } from './time-window';

/** Check-ins left open this long are closed by the 自动签退 job. */
export const AUTO_CHECK_OUT_AFTER_MS = 24 * 3600_000;

/**
 * Check-out time the job records for a check-in left open: check-in + 24 h, or the activity end when that is
 * earlier (the volunteer cannot have served past the end), never before the check-in itself.
 */
export function autoCheckOutAt(checkedInAt: Date, window: TimeWindow): Date {
  const cap = checkedInAt.getTime() + AUTO_CHECK_OUT_AFTER_MS;
  const at = Math.min(cap, window.endsAt.getTime());
  return new Date(Math.max(at, checkedInAt.getTime()));
}

/** Whether a check-in at `checkedInAt` is overdue for automatic check-out at `now`. */
export function isOverdue(checkedInAt: Date, now: Date): boolean {
  return now.getTime() - checkedInAt.getTime() > AUTO_CHECK_OUT_AFTER_MS;
}
