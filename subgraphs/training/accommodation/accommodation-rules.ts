import { ValidationError } from '../../../kernel/errors/domain-error';

export const EXTRA_MINUTES_MIN = 1;
export const EXTRA_MINUTES_MAX = 120;
export const REASON_MIN_LENGTH = 5;

/** 考试便利: 1–120 extra minutes and a reason of at least 5 characters (trimmed). Returns the trimmed reason. */
export function checkAccommodation(extraMinutes: number, reason: string): string {
  if (!Number.isInteger(extraMinutes) || extraMinutes < EXTRA_MINUTES_MIN || extraMinutes > EXTRA_MINUTES_MAX) {
    throw new ValidationError('input.extraMinutes', `Extra time must be ${EXTRA_MINUTES_MIN}–${EXTRA_MINUTES_MAX} minutes`);
  }
  const trimmed = reason.trim();
  if ([...trimmed].length < REASON_MIN_LENGTH) {
    throw new ValidationError('input.reason', `The reason needs at least ${REASON_MIN_LENGTH} characters`);
  }
  return trimmed;
}

/** 作答截止: start + time limit + extra minutes, never after the exam's availability window end. */
export function attemptDeadline(startedAt: Date, timeLimitMinutes: number, extraMinutes: number, availableUntil: Date): Date {
  return new Date(Math.min(startedAt.getTime() + (timeLimitMinutes + extraMinutes) * 60_000, availableUntil.getTime()));
}
