import { distractorAnalysis, ItemFlag } from './distractor-analysis';

// 10 attempts ranked a0 (best) … a9 (worst); the upper and lower 27 % are 3 attempts each
const attempts = Array.from({ length: 10 }, (_, i) => ({ attemptId: `a${i}`, totalScore: 10 - i }));
const options = [
  { key: 'A', text: '服务', correct: true },
  { key: 'B', text: '管理', correct: false },
  { key: 'C', text: '执法', correct: false },
  { key: 'D', text: '曝光', correct: false },
];
const answer = (i: number, key: string | null, v = 'q') => ({
  attemptId: `a${i}`,
  questionVersionId: v,
  selectedKeys: key ? [key] : null,
  score: key === 'A' ? 1 : 0,
});

describe('distractorAnalysis (issue 10: item statistics per option over a period)', () => {
  it('counts how often each option was chosen, overall and in the upper and lower groups', () => {
    const picks = ['A', 'A', 'A', 'A', 'B', 'B', 'C', 'B', 'C', null];
    const [item] = distractorAnalysis(
      attempts,
      picks.map((k, i) => answer(i, k)),
      [{ id: 'q', options }],
    );
    expect(item.options.map((o) => [o.key, o.chosenCount, o.chosenShare, o.upperShare, o.lowerShare])).toEqual([
      ['A', 4, 0.4, 1, 0],
      ['B', 3, 0.3, 0, 0.333],
      ['C', 2, 0.2, 0, 0.333],
      ['D', 0, 0, 0, 0],
    ]);
    expect(item).toMatchObject({ responses: 10, omitted: 1, difficulty: 0.4, discrimination: 1, upperCorrectShare: 1 });
  });

  it('flags a wrong option nobody chose as an unchosen distractor, and only wrong options', () => {
    const [item] = distractorAnalysis(
      attempts,
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => answer(i, i < 5 ? 'A' : 'B')),
      [{ id: 'q', options }],
    );
    expect(item.options.filter((o) => o.unchosen).map((o) => o.key)).toEqual(['C', 'D']);
    expect(item.flags).toEqual([ItemFlag.UNCHOSEN_DISTRACTOR]);
  });

  it('flags a question the best performers miss and that the weakest answer better (negative discrimination)', () => {
    const picks = ['B', 'C', 'D', 'B', 'C', 'D', 'B', 'A', 'A', 'A'];
    const [item] = distractorAnalysis(
      attempts,
      picks.map((k, i) => answer(i, k)),
      [{ id: 'q', options }],
    );
    expect(item).toMatchObject({ upperCorrectShare: 0, discrimination: -1, flags: [ItemFlag.MISSED_BY_TOP_GROUP, ItemFlag.NEGATIVE_DISCRIMINATION] });
  });

  it('analyses a text question without options: no option rows, no omitted count, still the top-group flag', () => {
    const text = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => ({ attemptId: `a${i}`, questionVersionId: 's', selectedKeys: [], score: i > 6 ? 1 : 0 }));
    const [item] = distractorAnalysis(attempts, text, [{ id: 's', options: [] }]);
    expect(item).toMatchObject({ options: [], omitted: 0, flags: [ItemFlag.MISSED_BY_TOP_GROUP, ItemFlag.NEGATIVE_DISCRIMINATION] });
  });
});
