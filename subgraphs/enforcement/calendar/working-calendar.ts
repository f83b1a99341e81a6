import { CHINA_UTC_OFFSET_MS, chinaDate } from '../../../kernel/time/china-time';
import { WORKING_CALENDAR } from './working-calendar.data';
import type { WorkingCalendar } from './working-calendar.data';

const DAY_MS = 24 * 3600 * 1000;
/** A deadline falls at the end of office hours (18:00 China Standard Time) of its last working day. */
const OFFICE_CLOSES_CST_HOUR = 18;

const cstDate = (t: number) => chinaDate(new Date(t));

/** Whether a China Standard Time calendar day (YYYY-MM-DD) is a working day. */
export function isWorkingDay(day: string, calendar: WorkingCalendar = WORKING_CALENDAR): boolean {
  if (calendar.adjustedWorkdays.includes(day)) {
    return true;
  }
  if (calendar.holidays.includes(day)) {
    return false;
  }
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The deadline `days` working days after `start` (the start day itself does not count, 《行政处罚法》 style):
 * 18:00 CST of that working day.
 */
export function addWorkingDays(start: Date, days: number, calendar: WorkingCalendar = WORKING_CALENDAR): Date {
  let t = Date.parse(`${cstDate(start.getTime())}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    t += DAY_MS;
    if (isWorkingDay(cstDate(t), calendar)) {
      left -= 1;
    }
  }
  return new Date(t + OFFICE_CLOSES_CST_HOUR * 3600 * 1000 - CHINA_UTC_OFFSET_MS);
}
