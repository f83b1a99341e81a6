import { CHINA_UTC_OFFSET_MS } from '../../../kernel/time/china-time';

/**
 * 开放时段 of a vending zone in minutes after midnight, China time. A night market (夜市) may close after
 * midnight: `closes < opens` then means the window runs into the next day (e.g. 17:30–01:00).
 */
export interface OpeningWindow {
  opensMinute: number;
  closesMinute: number;
}

const DAY_MINUTES = 24 * 60;

/** Minute of the China-time day of an instant (0…1439). */
export function chinaMinuteOfDay(at: Date): number {
  const ms = (at.getTime() + CHINA_UTC_OFFSET_MS) % 86_400_000;
  return Math.floor((ms < 0 ? ms + 86_400_000 : ms) / 60_000);
}

/** Open at this minute: inside [opens, closes), wrapping over midnight when closes < opens. */
export function isOpenAtMinute(window: OpeningWindow, minute: number): boolean {
  const { opensMinute: o, closesMinute: c } = window;
  return o <= c ? minute >= o && minute < c : minute >= o || minute < c;
}

export function isOpenAt(window: OpeningWindow, at: Date): boolean {
  return isOpenAtMinute(window, chinaMinuteOfDay(at));
}

/** "HH:MM" → minutes; null when malformed. */
export function parseClock(value: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export function formatClock(minute: number): string {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The SQL twin of `isOpenAtMinute` over the zone's columns, for a bound minute parameter `?`. */
export const SQL_OPEN_AT_MINUTE =
  '(case when z.opens_minute <= z.closes_minute then (? >= z.opens_minute and ? < z.closes_minute) else (? >= z.opens_minute or ? < z.closes_minute) end)';
