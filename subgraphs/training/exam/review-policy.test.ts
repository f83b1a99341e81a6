import { ExamKind, PaperMode } from './exam-enums';
import { checkReviewPolicy, defaultReviewPolicy, reviewVisibility } from './review-policy';
import { ReviewTiming } from './review-policy.types';

const { IMMEDIATELY, AFTER_LAST_ATTEMPT, AFTER_CLOSE, NEVER } = ReviewTiming;
const cert = { kind: ExamKind.CERTIFICATION, mode: PaperMode.RANDOM, maxAttempts: 3 };
const fixedPractice = { kind: ExamKind.PRACTICE, mode: PaperMode.FIXED, maxAttempts: 5 };
const now = new Date('2026-06-01T00:00:00Z');
const moment = { now, closesAt: new Date('2026-07-01T00:00:00Z'), attemptsUsed: 1, attemptsAllowed: 3, inProgress: false, repeats: false };

describe('review policy (issue 10: the key must not serve the next attempt)', () => {
  it('defaults a certification exam to the score only until the exam closes', () => {
    expect(defaultReviewPolicy(cert)).toEqual({
      score: IMMEDIATELY,
      correctness: AFTER_CLOSE,
      correctAnswers: AFTER_CLOSE,
      explanations: AFTER_CLOSE,
      authorMayGrade: false,
    });
  });

  it('defaults a repeatable fixed practice paper to the key after the last attempt, a one-attempt one to immediately', () => {
    expect(defaultReviewPolicy(fixedPractice).correctAnswers).toBe(AFTER_LAST_ATTEMPT);
    expect(defaultReviewPolicy({ ...fixedPractice, maxAttempts: 1 }).correctAnswers).toBe(IMMEDIATELY);
  });

  it('refuses IMMEDIATELY for any key part of a fixed paper with several attempts, naming the part', () => {
    const policy = { score: IMMEDIATELY, correctness: AFTER_CLOSE, correctAnswers: IMMEDIATELY, explanations: NEVER };
    expect(() => checkReviewPolicy(policy, fixedPractice)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.reviewPolicy.correctAnswers' }) }),
    );
    expect(checkReviewPolicy(policy, { ...fixedPractice, mode: PaperMode.RANDOM })).toEqual({ ...policy, authorMayGrade: false });
  });

  it('shows AFTER_LAST_ATTEMPT parts only when no attempt is left and none is open', () => {
    const p = { score: IMMEDIATELY, correctness: AFTER_LAST_ATTEMPT, correctAnswers: AFTER_LAST_ATTEMPT, explanations: AFTER_CLOSE };
    expect(reviewVisibility(p, moment)).toEqual({ score: true, correctness: false, correctAnswers: false, explanations: false });
    expect(reviewVisibility(p, { ...moment, attemptsUsed: 3, inProgress: true }).correctAnswers).toBe(false);
    expect(reviewVisibility(p, { ...moment, attemptsUsed: 3 })).toEqual({ score: true, correctness: true, correctAnswers: true, explanations: false });
  });

  it('shows AFTER_CLOSE parts once the exam has closed, and NEVER parts never', () => {
    const p = { score: NEVER, correctness: AFTER_CLOSE, correctAnswers: AFTER_CLOSE, explanations: NEVER };
    expect(reviewVisibility(p, { ...moment, now: moment.closesAt })).toEqual({ score: false, correctness: true, correctAnswers: true, explanations: false });
  });

  it('hides the key of a repeatable paper while an attempt remains even if a stored policy says IMMEDIATELY', () => {
    const p = { score: IMMEDIATELY, correctness: IMMEDIATELY, correctAnswers: IMMEDIATELY, explanations: IMMEDIATELY };
    expect(reviewVisibility(p, { ...moment, repeats: true })).toEqual({ score: true, correctness: false, correctAnswers: false, explanations: false });
    expect(reviewVisibility(p, { ...moment, repeats: true, attemptsUsed: 3 }).correctAnswers).toBe(true);
  });
});
