import { Difficulty, QuestionType } from '../question/question-enums';

/**
 * 题库表格 — the layout of a question-bank spreadsheet, shared by import and export so an exported file imports
 * unchanged. Row 1 is the header (columns found by name, any order); each further row is one question.
 */
export const COLUMNS = {
  type: '题型',
  topic: '知识点',
  difficulty: '难度',
  stem: '题干',
  optionA: '选项A',
  optionB: '选项B',
  optionC: '选项C',
  optionD: '选项D',
  optionE: '选项E',
  optionF: '选项F',
  answer: '答案',
  keywords: '关键词',
  explanation: '解析',
  lawArticleId: '法条ID',
  lawArticle: '法条',
  tags: '标签',
} as const;
export type ColumnKey = keyof typeof COLUMNS;
export const COLUMN_KEYS = Object.keys(COLUMNS) as ColumnKey[];
export const OPTION_KEYS = ['optionA', 'optionB', 'optionC', 'optionD', 'optionE', 'optionF'] as const;
export const REQUIRED_COLUMNS: ColumnKey[] = ['type', 'topic', 'difficulty', 'stem', 'answer', 'explanation'];

export const TYPE_LABELS: Record<QuestionType, string> = {
  [QuestionType.SINGLE_CHOICE]: '单选题',
  [QuestionType.MULTIPLE_CHOICE]: '多选题',
  [QuestionType.TRUE_FALSE]: '判断题',
  [QuestionType.SHORT_ANSWER]: '简答题',
  [QuestionType.CASE_ANALYSIS]: '案例分析题',
};
export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  [Difficulty.EASY]: '容易',
  [Difficulty.MEDIUM]: '中等',
  [Difficulty.HARD]: '困难',
};
export const TRUE_LABEL = '正确';
export const FALSE_LABEL = '错误';
/** Keywords are written one per line; on import a line break, ；or ; separates them (| separates alternatives). */
export const KEYWORD_SEPARATOR = '\n';

/**
 * Tags are written separated by `；`; on import any of 、 , ， ; ； or a line break separates them (a tag holds
 * none of them, see normalizeTags), empty pieces are dropped.
 */
export const TAG_SEPARATOR = '；';
export const TAG_SPLIT = /[、,，;；\n\r]/;

/** A question as one spreadsheet row (every cell text). */
export type SheetRow = Record<ColumnKey, string>;

export interface SheetQuestion {
  type: QuestionType;
  topic: string;
  difficulty: Difficulty;
  stem: string;
  options: { key: string; text: string; correct: boolean }[];
  keywords: string[];
  explanation: string;
  lawArticleId: string | null;
  lawArticleLabel: string | null;
  tags: string[];
}

/** Export: one question → one row. TRUE_FALSE keeps its options implicit (答案 正确/错误). */
export function questionToRow(q: SheetQuestion): SheetRow {
  const choice = q.type === QuestionType.SINGLE_CHOICE || q.type === QuestionType.MULTIPLE_CHOICE;
  const answer =
    q.type === QuestionType.TRUE_FALSE
      ? q.options.find((o) => o.key === 'T')?.correct
        ? TRUE_LABEL
        : FALSE_LABEL
      : choice
        ? q.options.map((o, i) => (o.correct ? String.fromCharCode(65 + i) : '')).join('')
        : '';
  const row = Object.fromEntries(COLUMN_KEYS.map((k) => [k, ''])) as SheetRow;
  OPTION_KEYS.forEach((k, i) => {
    row[k] = choice ? (q.options[i]?.text ?? '') : '';
  });
  return {
    ...row,
    type: TYPE_LABELS[q.type],
    topic: q.topic,
    difficulty: DIFFICULTY_LABELS[q.difficulty],
    stem: q.stem,
    answer,
    keywords: q.keywords.join(KEYWORD_SEPARATOR),
    explanation: q.explanation,
    lawArticleId: q.lawArticleId ?? '',
    lawArticle: q.lawArticleLabel ?? '',
    tags: q.tags.join(TAG_SEPARATOR),
  };
}

export const headerRow = (): string[] => COLUMN_KEYS.map((k) => COLUMNS[k]);
export const rowCells = (row: SheetRow): string[] => COLUMN_KEYS.map((k) => row[k]);
