import { ValidationError } from '../../../kernel/errors/domain-error';

/** 施行日期: a real calendar date written YYYY-MM-DD. */
export function checkEffectiveOn(value: string, field = 'input.effectiveOn'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== value.trim()) {
    throw new ValidationError(field, 'effectiveOn must be a date written YYYY-MM-DD');
  }
  return value.trim();
}

/** Trimmed text of at least `min` characters, else BAD_USER_INPUT on `field`. */
export function requireText(value: string, min: number, field: string): string {
  const t = value.trim();
  if ([...t].length < min) {
    throw new ValidationError(field, `${field} needs at least ${min} characters`);
  }
  return t;
}

/** The review note a question gets when a law article it cites changes. */
export function reviewReason(kind: 'AMENDED' | 'RETIRED', cited: string, detail: string): string {
  return kind === 'AMENDED' ? `所引法条${cited}已修订（${detail}），请复核` : `所引法条${cited}已废止（${detail}），请复核`;
}
