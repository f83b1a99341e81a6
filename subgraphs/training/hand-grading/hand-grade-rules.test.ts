import { AttemptStatus } from '../attempt/attempt-enums';
import { QuestionType } from '../question/question-enums';
import { checkHandGrade } from './hand-grade-rules';
import type { HandGradeRequest } from './hand-grade-rules';

const ok: HandGradeRequest = {
  grader: 'trainer-2',
  examineeId: 'officer-1',
  authorId: 'trainer-1',
  authorMayGrade: false,
  attemptStatus: AttemptStatus.AWAITING_GRADING,
  itemType: QuestionType.CASE_ANALYSIS,
  answered: true,
  alreadyGraded: false,
  score: 0.75,
  comment: ' 要点齐全，未引用法条 ',
};
const refusal = (r: Partial<HandGradeRequest>) => {
  try {
    checkHandGrade({ ...ok, ...r });
  } catch (e) {
    return (e as { extensions: Record<string, unknown> }).extensions;
  }
  return null;
};

describe('hand grading of case-analysis answers (四眼原则)', () => {
  it('accepts another trainer’s grade and trims the comment', () => {
    expect(checkHandGrade(ok)).toBe('要点齐全，未引用法条');
    expect(checkHandGrade({ ...ok, comment: '  ' })).toBeNull();
  });

  it('refuses the candidate themself', () => {
    expect(refusal({ grader: 'officer-1' })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses the question’s author unless the exam’s review policy allows it', () => {
    expect(refusal({ grader: 'trainer-1' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(refusal({ grader: 'trainer-1', authorMayGrade: true })).toBeNull();
  });

  it('refuses a choice question, an unanswered case and a second grade', () => {
    expect(refusal({ itemType: QuestionType.SINGLE_CHOICE })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.position' });
    expect(refusal({ answered: false })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.position' });
    expect(refusal({ alreadyGraded: true })).toMatchObject({ code: 'CONFLICT', field: 'input.position' });
    expect(refusal({ attemptStatus: AttemptStatus.GRADED })).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a score outside 0…1 or finer than 0.01', () => {
    for (const score of [-0.1, 1.01, 0.333, Number.NaN]) {
      expect(refusal({ score })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.score' });
    }
    expect(refusal({ score: 0 })).toBeNull();
    expect(refusal({ score: 1 })).toBeNull();
  });
});
