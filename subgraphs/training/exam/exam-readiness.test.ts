import { Difficulty } from '../question/question-enums';
import { shortfallMessage, shortfalls, supplyKey } from './exam-readiness';

const supply = new Map([
  [supplyKey('首违不罚', Difficulty.MEDIUM), { available: 1, underReview: 15 }],
  [supplyKey('简易程序', Difficulty.MEDIUM), { available: 8, underReview: 0 }],
]);
const of = (k: string) => supply.get(k) ?? { available: 0, underReview: 0 };

describe('exam readiness (issue 10 fault 3: a law amendment must not silently break an exam)', () => {
  it('reports each rule the bank cannot fill, with the questions held back for review', () => {
    const rules = [
      { topic: '首违不罚', difficulty: Difficulty.MEDIUM, count: 4 },
      { topic: '简易程序', difficulty: Difficulty.MEDIUM, count: 3 },
    ];
    expect(shortfalls(rules, of)).toEqual([{ topic: '首违不罚', difficulty: Difficulty.MEDIUM, needed: 4, available: 1, underReview: 15 }]);
  });

  it('counts a topic missing from the bank as zero available', () => {
    expect(shortfalls([{ topic: '无此知识点', difficulty: Difficulty.HARD, count: 1 }], of)).toEqual([
      { topic: '无此知识点', difficulty: Difficulty.HARD, needed: 1, available: 0, underReview: 0 },
    ]);
  });

  it('tells the officer in plain words what is missing, that no attempt was used and whom to ask', () => {
    const msg = shortfallMessage([{ topic: '首违不罚', difficulty: Difficulty.MEDIUM, needed: 4, available: 1, underReview: 15 }]);
    expect(msg).toBe(
      '本场考试暂时无法开始：题库题目不足（「首违不罚」中等难度的题目现有1道、需要4道，另有15道因所引法条修订正在复核）。本次没有占用作答次数，请联系培训管理员，题目补齐或复核完成后即可参加。',
    );
  });
});
