import { ValidationError } from '../../../kernel/errors/domain-error';
import { QuestionType } from './question-enums';
import type { StoredOption } from './question-version.entity';

export interface ContentLike {
  options: { text: string; correct: boolean }[];
  trueFalseAnswer?: boolean | null;
  keywords: string[];
}

/** Checks content against its type and returns stored options (keys A…F) and keywords. */
export function normalizeContent(type: QuestionType, c: ContentLike, field = 'input.content'): { options: StoredOption[]; keywords: string[] } {
  const keyed = (list: { text: string; correct: boolean }[]) =>
    list.map((o, i) => ({ key: String.fromCharCode(65 + i), text: o.text.trim(), correct: o.correct }));
  if (type === QuestionType.TRUE_FALSE) {
    if (typeof c.trueFalseAnswer !== 'boolean') {
      throw new ValidationError(`${field}.trueFalseAnswer`, 'A true/false question needs trueFalseAnswer');
    }
    return {
      options: [
        { key: 'T', text: '正确', correct: c.trueFalseAnswer },
        { key: 'F', text: '错误', correct: !c.trueFalseAnswer },
      ],
      keywords: [],
    };
  }
  if (type === QuestionType.SHORT_ANSWER || type === QuestionType.CASE_ANALYSIS) {
    const keywords = c.keywords.map((k) => k.trim()).filter(Boolean);
    if (keywords.length === 0) {
      throw new ValidationError(
        `${field}.keywords`,
        type === QuestionType.CASE_ANALYSIS
          ? 'A case-analysis question needs at least one rubric criterion (keywords)'
          : 'A short-answer question needs at least one keyword',
      );
    }
    return { options: [], keywords };
  }
  const correct = c.options.filter((o) => o.correct).length;
  if (c.options.length < 2) {
    throw new ValidationError(`${field}.options`, 'A choice question needs 2–6 options');
  }
  if (type === QuestionType.SINGLE_CHOICE && correct !== 1) {
    throw new ValidationError(`${field}.options`, 'A single-choice question needs exactly one correct option');
  }
  if (type === QuestionType.MULTIPLE_CHOICE && (correct < 2 || (correct === c.options.length && c.options.length < 3))) {
    throw new ValidationError(`${field}.options`, 'A multiple-choice question needs at least two correct options');
  }
  return { options: keyed(c.options), keywords: [] };
}
