import type { Exam } from '../exam/exam.entity';
import { paperRepeats, reviewVisibility } from '../exam/review-policy';
import type { ReviewVisibility } from '../exam/review-policy';
import { AttemptStatus } from './attempt-enums';

import { effectiveTerms } from '../override/override-rules';
import type { OverrideTerms } from '../override/override-rules';

/** What the examinee sees now of any graded attempt of `exam`, given all their attempts of it and their override. */
export function examineeVisibility(exam: Exam, attempts: { status: AttemptStatus }[], override: OverrideTerms | null, now = new Date()): ReviewVisibility {
  const terms = effectiveTerms(exam, override);
  return reviewVisibility(exam.reviewPolicy, {
    now,
    // the exam has closed for this officer only when both the common and the personal window have ended
    closesAt: new Date(Math.max(exam.availableUntil.getTime(), terms.availableUntil.getTime())),
    attemptsUsed: attempts.length,
    attemptsAllowed: terms.maxAttempts,
    inProgress: attempts.some((a) => a.status === AttemptStatus.IN_PROGRESS),
    repeats: paperRepeats(exam, override?.extraAttempts ?? 0),
  });
}
