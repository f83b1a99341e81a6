import { itemStatistics } from './item-statistics';

describe('itemStatistics', () => {
  const attempts = Array.from({ length: 10 }, (_, i) => ({ attemptId: `a${i}`, totalScore: 10 - i }));

  it('computes difficulty as the share fully correct', () => {
    const items = attempts.map((a, i) => ({ attemptId: a.attemptId, questionVersionId: 'q1', score: i < 4 ? 1 : 0 }));
    expect(itemStatistics(attempts, items)[0]).toMatchObject({ questionVersionId: 'q1', responses: 10, difficulty: 0.4 });
  });

  it('computes discrimination from the upper and lower 27 % (3 of 10 each)', () => {
    // correct for the top 3, wrong for the bottom 3 → D = 1
    const good = attempts.map((a, i) => ({ attemptId: a.attemptId, questionVersionId: 'good', score: i < 5 ? 1 : 0 }));
    // correct only for the weakest → D = -1
    const bad = attempts.map((a, i) => ({ attemptId: a.attemptId, questionVersionId: 'bad', score: i >= 7 ? 1 : 0 }));
    const stats = itemStatistics(attempts, [...good, ...bad]);
    expect(stats.map((s) => [s.questionVersionId, s.discrimination])).toEqual([
      ['bad', -1],
      ['good', 1],
    ]);
  });

  it('gives partial credit no weight in "correct" and leaves discrimination null for one attempt', () => {
    const stats = itemStatistics([{ attemptId: 'x', totalScore: 1 }], [{ attemptId: 'x', questionVersionId: 'q', score: 0.5 }]);
    expect(stats).toEqual([{ questionVersionId: 'q', responses: 1, difficulty: 0, discrimination: null }]);
  });
});
