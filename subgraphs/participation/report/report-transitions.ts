import { ReportStatus as S } from './report-enums';

/**
 * 处理流程: SUBMITTED → ACCEPTED → DISPATCHED → IN_PROGRESS → RESOLVED → CLOSED, or REJECTED / REFERRED.
 * SUBMITTED → DISPATCHED is the automatic dispatch; RESOLVED → IN_PROGRESS is a reopening (citizen dispute or staff).
 * CLOSED, REJECTED and REFERRED are final.
 */
const NEXT: Record<S, readonly S[]> = {
  [S.SUBMITTED]: [S.ACCEPTED, S.DISPATCHED, S.REJECTED, S.REFERRED],
  [S.ACCEPTED]: [S.DISPATCHED, S.IN_PROGRESS, S.REJECTED, S.REFERRED],
  [S.DISPATCHED]: [S.IN_PROGRESS, S.REJECTED, S.REFERRED],
  [S.IN_PROGRESS]: [S.RESOLVED, S.REFERRED],
  [S.RESOLVED]: [S.CLOSED, S.IN_PROGRESS],
  [S.CLOSED]: [],
  [S.REJECTED]: [],
  [S.REFERRED]: [],
};

export function canTransition(from: S, to: S): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: S): readonly S[] {
  return NEXT[from];
}

export function isFinal(status: S): boolean {
  return NEXT[status].length === 0;
}

/** Default dispute window (复核期): a citizen may dispute a resolution within this many days. */
export const DISPUTE_WINDOW_DAYS = 7;

/** A resolution can be disputed while RESOLVED and within the window after `resolvedAt`. */
export function canDispute(status: S, resolvedAt: Date | null | undefined, now: Date, windowDays: number = DISPUTE_WINDOW_DAYS): boolean {
  if (status !== S.RESOLVED || !resolvedAt) {
    return false;
  }
  return now.getTime() - resolvedAt.getTime() <= windowDays * 24 * 3600 * 1000;
}

/** Ratings are taken once the officer has finished: RESOLVED or CLOSED. */
export function canRate(status: S): boolean {
  return status === S.RESOLVED || status === S.CLOSED;
}
