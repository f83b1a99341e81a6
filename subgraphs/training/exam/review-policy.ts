import { ValidationError } from '../../../kernel/errors/domain-error';
import { ExamKind, PaperMode } from './exam-enums';
import { ReviewTiming } from './review-policy.types';
import type { ReviewPolicy } from './review-policy.types';

export type ReviewPart = Exclude<keyof ReviewPolicy, 'authorMayGrade'>;

/** Parts that give away the answer key: on a FIXED paper they would serve the officer's next attempt. */
export const KEY_PARTS: readonly ReviewPart[] = ['correctness', 'correctAnswers', 'explanations'];

interface ExamShape {
  kind: ExamKind;
  mode: PaperMode;
  maxAttempts: number;
}

/** The same paper can come back: a FIXED exam with more than one attempt. */
export const paperRepeats = (exam: Pick<ExamShape, 'mode' | 'maxAttempts'>, extraAttempts = 0) =>
  exam.mode === PaperMode.FIXED && exam.maxAttempts + extraAttempts > 1;

/**
 * Defaults (issue 10): a CERTIFICATION exam shows the score only until it closes; a PRACTICE exam shows everything
 * at once, except a FIXED paper with several attempts, which waits for the officer's last attempt.
 */
export function defaultReviewPolicy(exam: ExamShape): ReviewPolicy {
  const key = exam.kind === ExamKind.CERTIFICATION ? ReviewTiming.AFTER_CLOSE : paperRepeats(exam) ? ReviewTiming.AFTER_LAST_ATTEMPT : ReviewTiming.IMMEDIATELY;
  return { score: ReviewTiming.IMMEDIATELY, correctness: key, correctAnswers: key, explanations: key, authorMayGrade: false };
}

/** No policy may show the key of a repeatable FIXED paper right after grading. */
export function checkReviewPolicy(policy: ReviewPolicy, exam: ExamShape, field = 'input.reviewPolicy'): ReviewPolicy {
  if (paperRepeats(exam)) {
    for (const part of KEY_PARTS) {
      if (policy[part] === ReviewTiming.IMMEDIATELY) {
        throw new ValidationError(
          `${field}.${part}`,
          `A FIXED paper with ${exam.maxAttempts} attempts cannot show ${part} IMMEDIATELY: the next attempt would reuse the key. Use AFTER_LAST_ATTEMPT, AFTER_CLOSE or NEVER`,
        );
      }
    }
  }
  return {
    score: policy.score,
    correctness: policy.correctness,
    correctAnswers: policy.correctAnswers,
    explanations: policy.explanations,
    authorMayGrade: policy.authorMayGrade ?? false,
  };
}

export interface ReviewMoment {
  now: Date;
  closesAt: Date;
  /** Attempts this officer has started of the exam, and how many they may start (overrides included). */
  attemptsUsed: number;
  attemptsAllowed: number;
  /** An attempt of the exam is still open. */
  inProgress: boolean;
  /** FIXED paper: the same questions come back on the next attempt. */
  repeats: boolean;
}

export type ReviewVisibility = Record<ReviewPart, boolean>;

/** What the examinee sees now. On a repeatable paper the key never shows while another attempt remains. */
export function reviewVisibility(policy: ReviewPolicy, m: ReviewMoment): ReviewVisibility {
  const closed = m.now >= m.closesAt;
  const noAttemptLeft = closed || (m.attemptsUsed >= m.attemptsAllowed && !m.inProgress);
  const shown = (part: ReviewPart): boolean => {
    if (m.repeats && KEY_PARTS.includes(part) && !noAttemptLeft) {
      return false;
    }
    switch (policy[part]) {
      case ReviewTiming.IMMEDIATELY:
        return true;
      case ReviewTiming.AFTER_LAST_ATTEMPT:
        return noAttemptLeft;
      case ReviewTiming.AFTER_CLOSE:
        return closed;
      default:
        return false;
    }
  };
  return { score: shown('score'), correctness: shown('correctness'), correctAnswers: shown('correctAnswers'), explanations: shown('explanations') };
}

export const FULL_VISIBILITY: ReviewVisibility = { score: true, correctness: true, correctAnswers: true, explanations: true };
