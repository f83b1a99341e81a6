import { AttemptStatus } from '../attempt/attempt-enums';
import { CountingPolicy } from '../exam/exam-enums';
import { gradebookSummary } from './gradebook-row';
import type { AttemptFacts } from './gradebook-row';

const at = (attemptNo: number, scorePercent: number | null, passMark = 60): AttemptFacts => ({
  attemptNo,
  scorePercent,
  passed: scorePercent === null ? null : scorePercent >= passMark,
  status: scorePercent === null ? AttemptStatus.IN_PROGRESS : AttemptStatus.GRADED,
  startedAt: new Date(Date.UTC(2026, 10, attemptNo)),
  submittedAt: scorePercent === null ? null : new Date(Date.UTC(2026, 10, attemptNo, 1)),
  expired: false,
});

describe('gradebookSummary (issue 10: gradebook per exam)', () => {
  it('counts the best graded attempt under HIGHEST and says passed from it', () => {
    const s = gradebookSummary([at(2, 40), at(1, 80), at(3, null)], CountingPolicy.HIGHEST, 3, 0);
    expect(s).toMatchObject({
      attemptsUsed: 3,
      gradedAttempts: 2,
      inProgress: true,
      bestScorePercent: 80,
      lastScorePercent: 40,
      countedScorePercent: 80,
      passed: true,
    });
    expect(s.attempts.map((a) => a.attemptNo)).toEqual([1, 2, 3]);
  });

  it('counts the latest graded attempt under LAST: a pass followed by a fail is a fail', () => {
    expect(gradebookSummary([at(1, 80), at(2, 40)], CountingPolicy.LAST, 3, 0)).toMatchObject({ countedScorePercent: 40, passed: false, bestScorePercent: 80 });
  });

  it('leaves scores and pass state null while nothing is graded, and adds a trainer’s extra attempts to the allowance', () => {
    expect(gradebookSummary([at(1, null)], CountingPolicy.HIGHEST, 2, 1)).toMatchObject({
      attemptsAllowed: 3,
      gradedAttempts: 0,
      bestScorePercent: null,
      countedScorePercent: null,
      passed: null,
      lastSubmittedAt: null,
    });
  });
});
