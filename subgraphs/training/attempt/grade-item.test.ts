import { QuestionType as T } from '../question/question-enums';
import { gradeItem } from './grade-item';

const opts = (correct: string[]) => ['A', 'B', 'C', 'D'].map((key) => ({ key, text: key, correct: correct.includes(key) }));
const choice = (keys: string[]) => ({ selectedKeys: keys, text: null });

describe('gradeItem', () => {
  it('gives a single choice 1 only for the correct option', () => {
    expect(gradeItem(T.SINGLE_CHOICE, { options: opts(['B']), keywords: [] }, choice(['B']))).toBe(1);
    expect(gradeItem(T.SINGLE_CHOICE, { options: opts(['B']), keywords: [] }, choice(['A']))).toBe(0);
    expect(gradeItem(T.SINGLE_CHOICE, { options: opts(['B']), keywords: [] }, choice(['A', 'B']))).toBe(0);
  });

  it('gives a multiple choice full credit for exactly the correct options', () => {
    expect(gradeItem(T.MULTIPLE_CHOICE, { options: opts(['A', 'C', 'D']), keywords: [] }, choice(['A', 'C', 'D']))).toBe(1);
  });

  it('gives a multiple choice partial credit for a subset of the correct options', () => {
    expect(gradeItem(T.MULTIPLE_CHOICE, { options: opts(['A', 'C', 'D']), keywords: [] }, choice(['A', 'D']))).toBe(0.67);
    expect(gradeItem(T.MULTIPLE_CHOICE, { options: opts(['A', 'C']), keywords: [] }, choice(['C']))).toBe(0.5);
  });

  it('gives a multiple choice nothing when any wrong option is selected', () => {
    expect(gradeItem(T.MULTIPLE_CHOICE, { options: opts(['A', 'C', 'D']), keywords: [] }, choice(['A', 'B', 'C', 'D']))).toBe(0);
  });

  it('grades true/false like a single choice', () => {
    const tf = [
      { key: 'T', text: '正确', correct: false },
      { key: 'F', text: '错误', correct: true },
    ];
    expect(gradeItem(T.TRUE_FALSE, { options: tf, keywords: [] }, choice(['F']))).toBe(1);
    expect(gradeItem(T.TRUE_FALSE, { options: tf, keywords: [] }, choice(['T']))).toBe(0);
  });

  it('grades a short answer by the share of keywords found, with alternatives', () => {
    const v = { options: [], keywords: ['初次违法', '危害后果轻微', '及时改正|主动改正'] };
    expect(gradeItem(T.SHORT_ANSWER, v, { selectedKeys: [], text: '初次 违法，危害后果轻微，并主动改正的' })).toBe(1);
    expect(gradeItem(T.SHORT_ANSWER, v, { selectedKeys: [], text: '危害后果轻微' })).toBe(0.33);
    expect(gradeItem(T.SHORT_ANSWER, v, { selectedKeys: [], text: '' })).toBe(0);
  });

  it('scores an unanswered item 0', () => {
    expect(gradeItem(T.SINGLE_CHOICE, { options: opts(['A']), keywords: [] }, null)).toBe(0);
  });
});
