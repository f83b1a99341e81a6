import { DomainError } from '../../../kernel/errors/domain-error';
import { normalizeContent } from '../question/question-content';
import type { ContentLike } from '../question/question-content';
import { QuestionType } from '../question/question-enums';
import { ImportErrorCode } from './import-error.types';
import type { ImportRowError } from './import-error.types';
import { normalizeTags } from '../question-tags/question-tags';
import { COLUMN_KEYS, COLUMNS, DIFFICULTY_LABELS, FALSE_LABEL, OPTION_KEYS, REQUIRED_COLUMNS, TAG_SPLIT, TRUE_LABEL, TYPE_LABELS } from './question-sheet';
import type { ColumnKey, SheetQuestion } from './question-sheet';
import { isUuid } from '../../../kernel/db/uuid';

/** Limits of a cell, as createQuestion states them. */
const LENGTHS: Partial<Record<ColumnKey, [number, number]>> = { topic: [2, 40], stem: [5, 1000], explanation: [2, 1000], lawArticle: [2, 80] };

export type HeaderIndex = Map<ColumnKey, number>;
/** A valid row before its law article is resolved: lawArticleId as given, or the 法条 text to look up. */
export type RowDraft = SheetQuestion & { row: number; lawArticleText: string | null };

const err = (row: number, key: string, code: ImportErrorCode, message: string): ImportRowError => ({
  row,
  column: key in COLUMNS ? COLUMNS[key as ColumnKey] : key,
  code,
  message,
});

/** Row 1: every header must be a known column (by its Chinese name or its English key); the required ones present. */
export function mapHeader(header: string[]): { index: HeaderIndex; errors: ImportRowError[] } {
  const index: HeaderIndex = new Map();
  const errors: ImportRowError[] = [];
  header.forEach((raw, i) => {
    const name = raw.trim();
    const key = COLUMN_KEYS.find((k) => COLUMNS[k] === name || k === name);
    if (!name) {
      return;
    }
    if (!key || index.has(key)) {
      errors.push(
        err(
          1,
          name,
          ImportErrorCode.UNKNOWN_COLUMN,
          key ? `Column ${name} appears twice` : `Unknown column ${name}; the columns are ${COLUMN_KEYS.map((k) => COLUMNS[k]).join('、')}`,
        ),
      );
    } else {
      index.set(key, i);
    }
  });
  REQUIRED_COLUMNS.filter((k) => !index.has(k)).forEach((k) => errors.push(err(1, k, ImportErrorCode.MISSING, `Column ${COLUMNS[k]} is required`)));
  return { index, errors };
}

function pick<T extends string>(labels: Record<T, string>, text: string): T | null {
  const hit = (Object.keys(labels) as T[]).find((k) => k === text.toUpperCase() || labels[k] === text);
  return hit ?? null;
}

function parseAnswer(
  type: QuestionType,
  answer: string,
  optionCount: number,
  row: number,
  errors: ImportRowError[],
): { letters: Set<string>; truth: boolean | null } {
  if (type === QuestionType.TRUE_FALSE) {
    const truth = [TRUE_LABEL, '对', '√', 'TRUE', 'T'].includes(answer.toUpperCase())
      ? true
      : [FALSE_LABEL, '错', '×', 'FALSE', 'F'].includes(answer.toUpperCase())
        ? false
        : null;
    if (truth === null) {
      errors.push(err(row, 'answer', ImportErrorCode.ANSWER, `A 判断题 answer is ${TRUE_LABEL} or ${FALSE_LABEL}`));
    }
    return { letters: new Set(), truth };
  }
  const letters = new Set(
    answer
      .toUpperCase()
      .replace(/[\s,，、;；]/g, '')
      .split('')
      .filter(Boolean),
  );
  if (type !== QuestionType.SHORT_ANSWER && type !== QuestionType.CASE_ANALYSIS && [...letters].some((l) => l < 'A' || l.charCodeAt(0) >= 65 + optionCount)) {
    errors.push(
      err(
        row,
        'answer',
        ImportErrorCode.ANSWER,
        `The answer names option letters A–${String.fromCharCode(64 + Math.max(optionCount, 1))} that have text, e.g. A or AC`,
      ),
    );
  }
  return { letters, truth: null };
}

/** Cell rules: presence, lengths, enum values, option letters, law-article id form. */
function checkCells(cell: (k: ColumnKey) => string, row: number, errors: ImportRowError[]) {
  REQUIRED_COLUMNS.filter((k) => k !== 'answer' && !cell(k)).forEach((k) => errors.push(err(row, k, ImportErrorCode.MISSING, `${COLUMNS[k]} is required`)));
  for (const [k, [min, max]] of Object.entries(LENGTHS) as [ColumnKey, [number, number]][]) {
    const n = [...cell(k)].length;
    if (n > 0 && (n < min || n > max)) {
      errors.push(err(row, k, ImportErrorCode.LENGTH, `${COLUMNS[k]} has ${min}–${max} characters (this one ${n})`));
    }
  }
  const type = cell('type') ? pick(TYPE_LABELS, cell('type')) : null;
  if (cell('type') && !type) {
    errors.push(err(row, 'type', ImportErrorCode.INVALID, `题型 is one of ${Object.values(TYPE_LABELS).join('、')}`));
  }
  const difficulty = cell('difficulty') ? pick(DIFFICULTY_LABELS, cell('difficulty')) : null;
  if (cell('difficulty') && !difficulty) {
    errors.push(err(row, 'difficulty', ImportErrorCode.INVALID, `难度 is one of ${Object.values(DIFFICULTY_LABELS).join('、')}`));
  }
  OPTION_KEYS.filter((k) => [...cell(k)].length > 200).forEach((k) =>
    errors.push(err(row, k, ImportErrorCode.LENGTH, `${COLUMNS[k]} has at most 200 characters`)),
  );
  if (cell('lawArticleId') && !isUuid(cell('lawArticleId'))) {
    errors.push(err(row, 'lawArticleId', ImportErrorCode.LAW_ARTICLE, '法条ID is the id of a law article (see lawArticles)'));
  }
  return { type, difficulty };
}

/** Maps normalizeContent's field to the column a trainer fixes. */
const contentColumn = (field: string): ColumnKey => (field.endsWith('keywords') ? 'keywords' : 'answer');

/** The type rules of createQuestion (normalizeContent); a refusal is reported unless the answer cell already was. */
function checkContent(type: QuestionType, c: ContentLike, row: number, errors: ImportRowError[]): ReturnType<typeof normalizeContent> | null {
  try {
    return normalizeContent(type, c, 'row');
  } catch (e) {
    if (!(e instanceof DomainError)) {
      throw e;
    }
    const column = contentColumn(typeof e.extensions.field === 'string' ? e.extensions.field : '');
    if (!errors.some((x) => x.column === COLUMNS[column])) {
      errors.push(err(row, column, ImportErrorCode.ANSWER, e.message));
    }
    return null;
  }
}

/** 标签: split on any tag separator, then the rules of setQuestionTags (normalizeTags); a refusal is a LENGTH error. */
function parseTags(text: string, row: number, errors: ImportRowError[]): string[] {
  try {
    return normalizeTags(
      text.split(TAG_SPLIT).filter((t) => t.trim() !== ''),
      'tags',
    );
  } catch (e) {
    if (!(e instanceof DomainError)) {
      throw e;
    }
    errors.push(err(row, 'tags', ImportErrorCode.LENGTH, `标签: ${e.message}`));
    return [];
  }
}

/** One data row → a draft, or the errors of its cells (all of them, not only the first). */
export function parseRow(cells: string[], row: number, index: HeaderIndex): { draft: RowDraft | null; errors: ImportRowError[] } {
  const cell = (k: ColumnKey) => (index.has(k) ? (cells[index.get(k)!] ?? '').trim() : '');
  const errors: ImportRowError[] = [];
  const { type, difficulty } = checkCells(cell, row, errors);
  const texts = OPTION_KEYS.map(cell);
  const lastFilled = texts.reduce((last, t, i) => (t ? i : last), -1);
  if (texts.slice(0, lastFilled + 1).some((t) => !t)) {
    errors.push(err(row, 'optionA', ImportErrorCode.MISSING, 'Options are filled from 选项A on, without gaps'));
  }
  if ((type === QuestionType.TRUE_FALSE || type === QuestionType.SHORT_ANSWER || type === QuestionType.CASE_ANALYSIS) && lastFilled >= 0) {
    errors.push(err(row, 'optionA', ImportErrorCode.INVALID, `A ${TYPE_LABELS[type]} has no options (leave 选项A–选项F empty)`));
  }
  if (!type) {
    return { draft: null, errors };
  }
  const { letters, truth } = parseAnswer(type, cell('answer'), lastFilled + 1, row, errors);
  const keywords = cell('keywords')
    .split(/[\n;；]/)
    .map((k) => k.trim())
    .filter(Boolean);
  if (keywords.length > 10 || keywords.some((k) => [...k].length > 60)) {
    errors.push(err(row, 'keywords', ImportErrorCode.LENGTH, '关键词: at most 10, each 1–60 characters'));
  }
  const tags = parseTags(cell('tags'), row, errors);
  const options = texts.slice(0, lastFilled + 1).map((text, i) => ({ text, correct: letters.has(String.fromCharCode(65 + i)) }));
  const content = checkContent(type, { options, trueFalseAnswer: truth, keywords }, row, errors);
  if (!difficulty || !content || errors.length > 0) {
    return { draft: null, errors };
  }
  return {
    errors,
    draft: {
      row,
      type,
      difficulty,
      topic: cell('topic'),
      stem: cell('stem'),
      explanation: cell('explanation'),
      ...content,
      lawArticleId: cell('lawArticleId') || null,
      lawArticleLabel: null,
      lawArticleText: cell('lawArticleId') ? null : cell('lawArticle') || null,
      tags,
    },
  };
}
