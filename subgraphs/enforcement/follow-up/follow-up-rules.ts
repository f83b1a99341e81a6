/** 回访: a follow-up visit is due within 3 days of closure. */
export const FOLLOW_UP_DAYS = 3;
const DAY = 86_400_000;

export function followUpDueAt(closedAt: Date): Date {
  return new Date(closedAt.getTime() + FOLLOW_UP_DAYS * DAY);
}

export function isFollowUpOnTime(closedAt: Date, visitedAt: Date): boolean {
  return visitedAt.getTime() <= followUpDueAt(closedAt).getTime();
}

/** Cases closed before this instant and still without a follow-up are overdue. */
export function overdueClosedBefore(now: Date): Date {
  return new Date(now.getTime() - FOLLOW_UP_DAYS * DAY);
}

export function isValidSatisfaction(score: number): boolean {
  return Number.isInteger(score) && score >= 1 && score <= 5;
}
