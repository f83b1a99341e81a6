import { chinaDate } from '../../../kernel/time/china-time';

/** An observer is appointed for at most this many years. */
export const MAX_TERM_YEARS = 2;

export interface Term {
  termStartsOn: string;
  termEndsOn: string;
}

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    return false;
  }
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The same calendar day `years` later (29 Feb → 28 Feb, ISO strings compare as dates). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, 1));
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** Why a term is invalid, or null: ends on or after it starts, at most two years long. */
export function termProblem(t: Term): string | null {
  if (!isCalendarDate(t.termEndsOn)) {
    return 'termEndsOn must be a date YYYY-MM-DD';
  }
  if (t.termEndsOn < t.termStartsOn) {
    return 'The term cannot end before it starts';
  }
  if (t.termEndsOn > addYears(t.termStartsOn, MAX_TERM_YEARS)) {
    return `A term is at most ${MAX_TERM_YEARS} years`;
  }
  return null;
}

/** Inclusive terms overlap when each starts on or before the other ends. */
export function termsOverlap(a: Term, b: Term): boolean {
  return a.termStartsOn <= b.termEndsOn && b.termStartsOn <= a.termEndsOn;
}

/** Today's calendar date in Beijing (UTC+8). */
export function beijingToday(now = new Date()): string {
  return chinaDate(now);
}
