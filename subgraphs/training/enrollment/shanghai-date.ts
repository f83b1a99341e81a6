/** The bureau's calendar is Asia/Shanghai (UTC+8, no daylight saving): dates and years are taken there. */
export { chinaDate as shanghaiDate, chinaYear as shanghaiYear } from '../../../kernel/time/china-time';

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}
