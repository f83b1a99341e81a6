import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { AttemptStatus } from '../attempt/attempt-enums';
import { gradeItem } from '../attempt/grade-item';
import type { GradableVersion } from '../attempt/grade-item';
import { QuestionType } from '../question/question-enums';

export interface RegradableItem {
  optionOrder: string[];
  selectedKeys: string[] | null;
  answerText: string | null;
  answered: boolean;
  score: number | null;
  /** Set when a trainer graded the answer by hand. */
  gradedAt: Date | null;
}

/**
 * 重新评分 of one item against the fixed version of its question (Moodle's "regrade": the question was wrong, the
 * examinee's answer stands):
 * - a hand-graded CASE_ANALYSIS answer keeps its grade (a trainer judged it against the rubric; an answered one not
 *   graded yet stays for the trainer), so its score is returned unchanged;
 * - every other item is scored again by the automatic rules (grade-item.ts) with the examinee's response;
 * - a choice question must show the examinee the same options: a revision that adds or removes options cannot be
 *   applied to answers given to the old ones (CONFLICT, nothing regraded).
 */
export function regradeItem(type: QuestionType, revised: GradableVersion, item: RegradableItem): number | null {
  if (type === QuestionType.CASE_ANALYSIS && item.answered) {
    return item.score;
  }
  const keys = new Set(revised.options.map((o) => o.key));
  if (item.optionOrder.length !== keys.size || item.optionOrder.some((k) => !keys.has(k))) {
    throw new ConflictError('The revision changes the options the examinees saw; it cannot regrade their answers', { field: 'input.questionId' });
  }
  return gradeItem(type, revised, item.answered ? { selectedKeys: item.selectedKeys ?? [], text: item.answerText } : null);
}

/** The reason for a regrade (shown in the attempt's history): 1–200 characters after trimming. */
export function checkRegradeReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    throw new ValidationError('input.reason', 'reason must be 1–200 characters');
  }
  return trimmed;
}

export type CertificationConsequence = 'ISSUE' | 'REINSTATE' | 'REVOKE' | 'NONE';

/**
 * What a regrade of a CERTIFICATION attempt does to the certificate (执法资格 follows the exam result, as at
 * submission): failed → passed issues one when this attempt never issued one (as a pass at submission would have),
 * and otherwise reinstates the certificate a regrade of this attempt suspended (the service lifts only a regrade's
 * own suspension that is still current); passed → failed revokes the certificate this attempt issued (a suspending
 * record, 暂停, while it is still the officer's current one); otherwise nothing.
 */
export function certificationConsequence(oldPassed: boolean | null, newPassed: boolean | null, issuedBefore: boolean): CertificationConsequence {
  if (newPassed === true && oldPassed !== true) {
    return issuedBefore ? 'REINSTATE' : 'ISSUE';
  }
  if (oldPassed === true && newPassed === false) {
    return 'REVOKE';
  }
  return 'NONE';
}

/** A GRADED attempt has a final score that a regrade recomputes; one AWAITING_GRADING gets its score from the trainer. */
export function hasFinalScore(attempt: { status: AttemptStatus }): boolean {
  return attempt.status === AttemptStatus.GRADED;
}
