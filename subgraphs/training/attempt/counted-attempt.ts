import { CountingPolicy } from '../exam/exam-enums';

export interface GradedLike {
  attemptNo: number;
  scorePercent: number | null;
}

/** 计分规则: HIGHEST → the best score (earliest on ties); LAST → the latest graded attempt. Ungraded ones never count. */
export function countedAttempt<T extends GradedLike>(attempts: T[], policy: CountingPolicy): T | null {
  const graded = attempts.filter((a) => a.scorePercent !== null).sort((a, b) => a.attemptNo - b.attemptNo);
  if (graded.length === 0) {
    return null;
  }
  if (policy === CountingPolicy.LAST) {
    return graded.at(-1)!;
  }
  return graded.reduce((best, a) => (a.scorePercent! > best.scorePercent! ? a : best));
}
