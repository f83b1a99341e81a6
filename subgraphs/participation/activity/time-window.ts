export interface TimeWindow {
  startsAt: Date;
  endsAt: Date;
}

/** Two windows overlap when each starts before the other ends (touching ends do not overlap). */
export function overlaps(a: TimeWindow, b: TimeWindow): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Check-in opens this long before an activity starts. */
export const CHECK_IN_OPENS_MINUTES = 60;

/** Hours served: attendance clipped to the activity window, rounded down to the quarter hour. */
export function servedHours(checkIn: Date, checkOut: Date, window: TimeWindow): number {
  const from = Math.max(checkIn.getTime(), window.startsAt.getTime());
  const to = Math.min(checkOut.getTime(), window.endsAt.getTime());
  const hours = Math.max(0, to - from) / 3600_000;
  return Math.floor(hours * 4) / 4;
}
