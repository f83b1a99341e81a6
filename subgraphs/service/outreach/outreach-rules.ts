export const MAX_EVENT_HOURS = 8;
export const MAX_ATTENDANCE = 5000;

/**
 * 宣传教育 (flexible-enforcement plan: talks in communities and classes in schools, counted by attendance): an event
 * lasts up to 8 h; its attendance is recorded once it has started (never for an event still to come), 0–5,000.
 */
export function eventProblem(startsAt: Date, endsAt: Date): { field: string; message: string } | null {
  const hours = (endsAt.getTime() - startsAt.getTime()) / 3_600_000;
  return hours > 0 && hours <= MAX_EVENT_HOURS ? null : { field: 'input.endsAt', message: `an event ends after it starts, within ${MAX_EVENT_HOURS} h` };
}

export function attendanceProblem(startsAt: Date, attendance: number, now: Date): { field: string; message: string } | null {
  if (startsAt.getTime() > now.getTime()) {
    return { field: 'input.eventId', message: 'attendance is recorded once the event has started' };
  }
  if (!Number.isInteger(attendance) || attendance < 0 || attendance > MAX_ATTENDANCE) {
    return { field: 'input.attendance', message: `attendance must be 0–${MAX_ATTENDANCE}` };
  }
  return null;
}
