import { ConflictError, ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import { AttemptStatus } from '../attempt/attempt-enums';
import { QuestionType } from '../question/question-enums';

export interface HandGradeRequest {
  grader: string;
  examineeId: string;
  /** Author of the question version the item drew (null for seeded questions). */
  authorId: string | null;
  /** The exam's review policy `authorMayGrade` (default false). */
  authorMayGrade: boolean;
  attemptStatus: AttemptStatus;
  itemType: QuestionType;
  answered: boolean;
  alreadyGraded: boolean;
  score: number;
  comment: string | null;
}

/**
 * 人工评分 rules for a case-analysis answer (案例分析):
 * - nobody grades their own attempt (a trainer who sat the exam), and the question's author does not grade answers
 *   to it unless the exam's review policy allows it (四眼原则: the author knows what they meant, not what was asked);
 * - only an answered CASE_ANALYSIS item of an attempt AWAITING_GRADING, once (a second grade is CONFLICT);
 * - the score is 0…1 (the share of the rubric met) in steps of 0.01, like every item's score; the comment (评语)
 *   is at most 500 characters. Returns the trimmed comment (null when empty).
 */
export function checkHandGrade(r: HandGradeRequest): string | null {
  if (r.grader === r.examineeId) {
    throw new ForbiddenError('Nobody grades their own attempt');
  }
  if (!r.authorMayGrade && r.authorId !== null && r.grader === r.authorId) {
    throw new ForbiddenError('The author of this question may not grade answers to it (this exam’s review policy); another trainer must');
  }
  if (r.itemType !== QuestionType.CASE_ANALYSIS || !r.answered) {
    throw new ValidationError('input.position', 'Only an answered case-analysis question is graded by hand');
  }
  if (r.attemptStatus !== AttemptStatus.AWAITING_GRADING || r.alreadyGraded) {
    throw new ConflictError('This answer is already graded', { field: 'input.position' });
  }
  if (!Number.isFinite(r.score) || r.score < 0 || r.score > 1 || Math.round(r.score * 100) !== r.score * 100) {
    throw new ValidationError('input.score', 'score must be between 0 and 1 in steps of 0.01');
  }
  const comment = r.comment?.trim() ?? '';
  if (comment.length > 500) {
    throw new ValidationError('input.comment', 'comment must be at most 500 characters');
  }
  return comment || null;
}
