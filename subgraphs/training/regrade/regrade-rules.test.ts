import { QuestionType } from '../question/question-enums';
import { certificationConsequence, checkRegradeReason, regradeItem } from './regrade-rules';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { extensions: Record<string, unknown> }).extensions;
  }
  return null;
};

const fixedKey = {
  options: [
    { key: 'A', text: '五日', correct: false },
    { key: 'B', text: '七日', correct: true },
  ],
  keywords: [],
};
const item = (over: Partial<Parameters<typeof regradeItem>[2]> = {}) => ({
  optionOrder: ['B', 'A'],
  selectedKeys: ['B'],
  answerText: null,
  answered: true,
  score: 0,
  gradedAt: null,
  ...over,
});

describe('regrading an item against the fixed version (Moodle regrade: the question was wrong, the answer stands)', () => {
  it('scores a choice answer against the fixed key', () => {
    expect(regradeItem(QuestionType.SINGLE_CHOICE, fixedKey, item())).toBe(1);
    expect(regradeItem(QuestionType.SINGLE_CHOICE, fixedKey, item({ selectedKeys: ['A'], score: 1 }))).toBe(0);
  });

  it('keeps the grade a trainer gave a case-analysis answer', () => {
    const rubric = { options: [], keywords: ['全程记录'] };
    expect(regradeItem(QuestionType.CASE_ANALYSIS, rubric, item({ optionOrder: [], answerText: '……', score: 0.8, gradedAt: new Date() }))).toBe(0.8);
  });

  it('scores an unanswered item 0', () => {
    expect(regradeItem(QuestionType.SINGLE_CHOICE, fixedKey, item({ answered: false, selectedKeys: null }))).toBe(0);
  });

  it('re-scores a short answer against the revised keywords', () => {
    const revised = { options: [], keywords: ['教育|说服', '责令改正'] };
    expect(regradeItem(QuestionType.SHORT_ANSWER, revised, item({ optionOrder: [], selectedKeys: null, answerText: '先说服教育，再责令改正' }))).toBe(1);
  });

  it('refuses with CONFLICT when the revision changes the options the examinee saw', () => {
    const threeOptions = { options: [...fixedKey.options, { key: 'C', text: '十日', correct: false }], keywords: [] };
    expect(codeOf(() => regradeItem(QuestionType.SINGLE_CHOICE, threeOptions, item()))).toMatchObject({ code: 'CONFLICT', field: 'input.questionId' });
  });
});

describe('the reason of a regrade', () => {
  it('is trimmed and 1–200 characters', () => {
    expect(checkRegradeReason('  答案键有误  ')).toBe('答案键有误');
    expect(codeOf(() => checkRegradeReason('   '))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(codeOf(() => checkRegradeReason('理'.repeat(201)))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
  });
});

describe('what a regrade does to the certificate (a CERTIFICATION exam certifies a pass)', () => {
  it('issues one when the attempt now passes', () => {
    expect(certificationConsequence(false, true, false)).toBe('ISSUE');
  });
  it('does not issue twice for the same attempt: it reinstates the certificate a regrade suspended instead', () => {
    expect(certificationConsequence(false, true, true)).toBe('REINSTATE');
  });
  it('revokes when the attempt now fails', () => {
    expect(certificationConsequence(true, false, true)).toBe('REVOKE');
  });
  it('does nothing when pass/fail is unchanged or not final (awaiting hand grading)', () => {
    expect(certificationConsequence(true, true, true)).toBe('NONE');
    expect(certificationConsequence(null, null, false)).toBe('NONE');
  });
});
