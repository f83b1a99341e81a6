import { ValidationError } from '../../../kernel/errors/domain-error';

export interface OverrideTerms {
  extraAttempts: number;
  availableFrom: Date | null;
  availableUntil: Date | null;
}

export interface ExamTerms {
  maxAttempts: number;
  availableFrom: Date;
  availableUntil: Date;
}

/** A grant must change something, stay within 0–5 extra attempts, give a sane window and a reason of 5–300 characters. */
export function checkOverride(o: OverrideTerms & { reason: string }, exam: ExamTerms): string {
  if (!Number.isInteger(o.extraAttempts) || o.extraAttempts < 0 || o.extraAttempts > 5) {
    throw new ValidationError('input.extraAttempts', 'extraAttempts must be 0–5');
  }
  if (o.extraAttempts === 0 && !o.availableFrom && !o.availableUntil) {
    throw new ValidationError('input.extraAttempts', 'Give extra attempts or a personal window');
  }
  const t = effectiveTerms(exam, o);
  if (t.availableUntil <= t.availableFrom) {
    throw new ValidationError('input.availableUntil', 'The personal window must end after it opens');
  }
  const reason = o.reason.trim();
  if ([...reason].length < 5 || [...reason].length > 300) {
    throw new ValidationError('input.reason', 'reason must be 5–300 characters');
  }
  return reason;
}

/** The exam as it applies to one officer: their window and their number of attempts. */
export function effectiveTerms(exam: ExamTerms, o: OverrideTerms | null): ExamTerms {
  return {
    maxAttempts: exam.maxAttempts + (o?.extraAttempts ?? 0),
    availableFrom: o?.availableFrom ?? exam.availableFrom,
    availableUntil: o?.availableUntil ?? exam.availableUntil,
  };
}
