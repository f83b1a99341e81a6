import { CountingPolicy } from '../exam/exam-enums';
import { countedAttempt } from './counted-attempt';

const attempts = [
  { attemptNo: 1, scorePercent: 70 },
  { attemptNo: 2, scorePercent: 90 },
  { attemptNo: 3, scorePercent: 60 },
  { attemptNo: 4, scorePercent: null },
];

describe('countedAttempt', () => {
  it('counts the highest graded attempt under HIGHEST', () => {
    expect(countedAttempt(attempts, CountingPolicy.HIGHEST)?.attemptNo).toBe(2);
  });

  it('counts the latest graded attempt under LAST, ignoring one in progress', () => {
    expect(countedAttempt(attempts, CountingPolicy.LAST)?.attemptNo).toBe(3);
  });

  it('prefers the earliest of equal best scores', () => {
    expect(
      countedAttempt(
        [
          { attemptNo: 1, scorePercent: 80 },
          { attemptNo: 2, scorePercent: 80 },
        ],
        CountingPolicy.HIGHEST,
      )?.attemptNo,
    ).toBe(1);
  });

  it('counts nothing without a graded attempt', () => {
    expect(countedAttempt([{ attemptNo: 1, scorePercent: null }], CountingPolicy.HIGHEST)).toBeNull();
  });
});
