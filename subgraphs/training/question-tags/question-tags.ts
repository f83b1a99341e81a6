import { ValidationError } from '../../../kernel/errors/domain-error';

/** At most this many tags on one question. */
export const MAX_TAGS = 10;
/** Length of one tag, in characters. */
export const TAG_LENGTH = { min: 1, max: 20 } as const;

/**
 * 标签 — free labels trainers group bank questions by, beside the one topic (知识点): e.g. 夜市, 2026年竞赛, 新任队员.
 * Trimmed, duplicates (same text) dropped, order kept; 0–10 tags of 1–20 characters, no separators inside a tag
 * (、,，;； and line breaks are what spreadsheets use between tags).
 */
export function normalizeTags(tags: readonly string[], field: string): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    const length = [...tag].length;
    if (length < TAG_LENGTH.min || length > TAG_LENGTH.max) {
      throw new ValidationError(field, `A tag has ${TAG_LENGTH.min}–${TAG_LENGTH.max} characters`);
    }
    if (/[、,，;；\n\r\t]/.test(tag)) {
      throw new ValidationError(field, 'A tag holds no separator (、,，;； or a line break); give several tags as several list items');
    }
    if (!out.includes(tag)) {
      out.push(tag);
    }
  }
  if (out.length > MAX_TAGS) {
    throw new ValidationError(field, `At most ${MAX_TAGS} tags`);
  }
  return out;
}
