import { AttemptStatus } from '../attempt/attempt-enums';
import { countedAttempt } from '../attempt/counted-attempt';
import type { CountingPolicy } from '../exam/exam-enums';

export interface AttemptFacts {
  attemptNo: number;
  status: AttemptStatus;
  scorePercent: number | null;
  passed: boolean | null;
  startedAt: Date;
  submittedAt: Date | null;
  expired: boolean;
}

export interface GradebookSummary {
  attemptsUsed: number;
  attemptsAllowed: number;
  gradedAttempts: number;
  inProgress: boolean;
  bestScorePercent: number | null;
  lastScorePercent: number | null;
  countedScorePercent: number | null;
  passed: boolean | null;
  lastSubmittedAt: Date | null;
  attempts: AttemptFacts[];
}

/**
 * 成绩册一行: one officer's attempts of one exam. The counted score follows the exam's 计分规则 (HIGHEST / LAST,
 * see countedAttempt) and decides `passed`; null while nothing is graded. Allowed attempts include a trainer's
 * override (extra attempts). Trainers see every score whatever the examinee's review policy.
 */
export function gradebookSummary(attempts: AttemptFacts[], policy: CountingPolicy, maxAttempts: number, extraAttempts: number): GradebookSummary {
  const ordered = [...attempts].sort((a, b) => a.attemptNo - b.attemptNo);
  const graded = ordered.filter((a) => a.status === AttemptStatus.GRADED && a.scorePercent !== null);
  const counted = countedAttempt(graded, policy);
  const submitted = graded.map((a) => a.submittedAt).filter((d): d is Date => d !== null);
  return {
    attemptsUsed: ordered.length,
    attemptsAllowed: maxAttempts + extraAttempts,
    gradedAttempts: graded.length,
    inProgress: ordered.some((a) => a.status === AttemptStatus.IN_PROGRESS),
    bestScorePercent: graded.length ? Math.max(...graded.map((a) => a.scorePercent!)) : null,
    lastScorePercent: graded.at(-1)?.scorePercent ?? null,
    countedScorePercent: counted?.scorePercent ?? null,
    passed: counted ? counted.passed === true : null,
    lastSubmittedAt: submitted.length ? new Date(Math.max(...submitted.map((d) => d.getTime()))) : null,
    attempts: ordered,
  };
}
