import { ValidationError } from '../../../kernel/errors/domain-error';
import { DiscretionGrade } from './discretion-grade.enum';

/**
 * 行政处罚裁量基准 (《行政处罚法》第三十四条; 国务院办公厅《关于进一步规范行政裁量权基准制定和管理工作的意见》
 * 国办发〔2022〕27号): each violation type has graded circumstances with a fine band per grade. A penalty records its
 * grade and the facts; a fine outside the grade's band needs a written reason (and legal review, see
 * legal-review/major-decision.ts). Pure functions; the service loads and stores.
 */
export interface Band {
  grade: DiscretionGrade;
  facts: string;
  fineMinYuan: number;
  fineMaxYuan: number;
}

export interface BenchmarkVersion {
  version: number;
  effectiveFrom: Date;
  grades: Band[];
}

export interface DiscretionRequest {
  grade: DiscretionGrade;
  facts: string;
  outsideRangeReason?: string | null;
}

export interface DiscretionOutcome {
  band: Band | null;
  withinGrade: boolean;
}

export const GRADE_ORDER = [DiscretionGrade.MINOR, DiscretionGrade.GENERAL, DiscretionGrade.SERIOUS] as const;

/** The version in force at `at`: the one with the latest `effectiveFrom` not after it (a case uses the version in force when it occurred). */
export function benchmarkInForce<T extends Pick<BenchmarkVersion, 'effectiveFrom' | 'version'>>(versions: T[], at: Date): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (
      v.effectiveFrom.getTime() <= at.getTime() &&
      (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom.getTime() === best.effectiveFrom.getTime() && v.version > best.version))
    ) {
      best = v;
    }
  }
  return best;
}

/** A penalty's grade and facts against the benchmark in force: the band, and whether the fine lies inside it. */
export function applyDiscretion(
  benchmark: Pick<BenchmarkVersion, 'grades'> | null,
  request: DiscretionRequest | null | undefined,
  fineYuan: number,
): DiscretionOutcome {
  if (!request) {
    throw new ValidationError('input.discretion', 'a penalty records its discretion grade and the facts that define it (行政处罚裁量基准)');
  }
  if (!request.facts?.trim()) {
    throw new ValidationError('input.discretion.facts', 'state the facts that put the violation in its grade');
  }
  const band = benchmark?.grades.find((g) => g.grade === request.grade) ?? null;
  const withinGrade = !band || (fineYuan >= band.fineMinYuan && fineYuan <= band.fineMaxYuan);
  if (!withinGrade && !request.outsideRangeReason?.trim()) {
    throw new ValidationError(
      'input.discretion.outsideRangeReason',
      `the ${request.grade} band is ¥${band.fineMinYuan}–¥${band.fineMaxYuan}; a fine of ¥${fineYuan} outside it needs a written reason and legal review`,
    );
  }
  return { band, withinGrade };
}

/** A new benchmark version: exactly the three grades in order, integer bands inside the legal range, not overlapping downwards. */
export function checkBenchmarkGrades(grades: Band[], legal: { fineMinYuan: number; fineMaxYuan: number }): void {
  if (grades.length !== GRADE_ORDER.length || grades.some((g, i) => g.grade !== GRADE_ORDER[i])) {
    throw new ValidationError('input.grades', 'a benchmark lists the grades MINOR, GENERAL and SERIOUS, once each, in this order');
  }
  grades.forEach((g, i) => {
    const field = `input.grades.${i}`;
    if (!Number.isInteger(g.fineMinYuan) || !Number.isInteger(g.fineMaxYuan) || g.fineMinYuan > g.fineMaxYuan) {
      throw new ValidationError(`${field}.fineMinYuan`, 'a band is whole yuan with its minimum not above its maximum');
    }
    if (g.fineMinYuan < legal.fineMinYuan || g.fineMaxYuan > legal.fineMaxYuan) {
      throw new ValidationError(
        `${field}.fineMaxYuan`,
        `a band stays inside the legal range ¥${legal.fineMinYuan}–¥${legal.fineMaxYuan} (过罚相当, 《行政处罚法》第五条)`,
      );
    }
    const lower = grades[i - 1];
    if (lower && (g.fineMinYuan < lower.fineMinYuan || g.fineMaxYuan < lower.fineMaxYuan)) {
      throw new ValidationError(`${field}.fineMinYuan`, 'a graver grade never has a lower band than the grade below it');
    }
  });
}

/** The seeded bands: the legal range split at 30 % and 70 % (rounded to whole yuan), each band starting where the last ended. */
export function defaultBands(min: number, max: number): Array<Pick<Band, 'fineMinYuan' | 'fineMaxYuan'>> {
  const at = (share: number) => Math.round(min + (max - min) * share);
  return [
    { fineMinYuan: min, fineMaxYuan: at(0.3) },
    { fineMinYuan: at(0.3), fineMaxYuan: at(0.7) },
    { fineMinYuan: at(0.7), fineMaxYuan: max },
  ];
}
