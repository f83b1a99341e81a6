import type { Exam } from '../exam/exam.entity';
import { paperRepeats, reviewVisibility } from '../exam/review-policy';
import type { ReviewVisibility } from '../exam/review-policy';
import { AttemptStatus } from './attempt-enums';

/** What the examinee sees now of any graded attempt of `exam`, given all their attempts of it. */
export function examineeVisibility(exam: Exam, attempts: { status: AttemptStatus }[], now = new Date()): ReviewVisibility {
  return reviewVisibility(exam.reviewPolicy, {
    now,
    closesAt: exam.availableUntil,
    attemptsUsed: attempts.length,
    attemptsAllowed: exam.maxAttempts,
    inProgress: attempts.some((a) => a.status === AttemptStatus.IN_PROGRESS),
    repeats: paperRepeats(exam),
  });
}
