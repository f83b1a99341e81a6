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

const DAY_MS = 86_400_000;

/**
 * [from, to) as whole China-time days [firstDay, endDay) (YYYY-MM-DD, end exclusive) — what a per-day roll-up
 * answers — plus the two partial edges [from, first day) and [end day, to) left to count from the rows themselves.
 * A period within one day is one edge and no days.
 */
export function splitIntoChinaDays(from: Date, to: Date): { days: [string, string] | null; edges: [[Date, Date], [Date, Date]] } {
  const first = Math.ceil((from.getTime() + CHINA_UTC_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_UTC_OFFSET_MS;
  const last = Math.floor((to.getTime() + CHINA_UTC_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_UTC_OFFSET_MS;
  if (first >= last) {
    return {
      days: null,
      edges: [
        [from, to],
        [to, to],
      ],
    };
  }
  return {
    days: [chinaDate(new Date(first)), chinaDate(new Date(last))],
    edges: [
      [from, new Date(first)],
      [new Date(last), to],
    ],
  };
}

/** SQL: the China-time calendar date of a timestamptz expression. */
export const sqlChinaDate = (ts: string) => `((${ts} at time zone 'UTC') + interval '8 hours')::date`;
