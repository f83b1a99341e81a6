/** The bureau works in China Standard Time (UTC+8, no daylight saving): calendar dates and years are taken there. */
export const CHINA_UTC_OFFSET_MS = 8 * 3_600_000;

/** The China Standard Time calendar date of `at`, as YYYY-MM-DD. */
export function chinaDate(at: Date = new Date()): string {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

/** The China Standard Time calendar year of `at`. */
export function chinaYear(at: Date = new Date()): number {
  return Number(chinaDate(at).slice(0, 4));
}
