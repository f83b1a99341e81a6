import { DiscretionGrade as G } from './discretion-grade.enum';
import { applyDiscretion, benchmarkInForce, checkBenchmarkGrades, defaultBands } from './discretion-rules';
import type { Band } from './discretion-rules';
import { fieldOf } from '../test/error-field';

const bands = (): Band[] => defaultBands(50, 500).map((b, i) => ({ ...b, grade: [G.MINOR, G.GENERAL, G.SERIOUS][i], facts: `情形${i + 1}` }));

describe('行政处罚裁量基准 — discretion benchmark rules (《行政处罚法》第三十四条)', () => {
  it('splits the legal range into a minor, general and serious band', () => {
    expect(defaultBands(50, 500)).toEqual([
      { fineMinYuan: 50, fineMaxYuan: 185 },
      { fineMinYuan: 185, fineMaxYuan: 365 },
      { fineMinYuan: 365, fineMaxYuan: 500 },
    ]);
  });

  it('uses the version in force when the violation occurred, not the newest', () => {
    const v1 = { version: 1, effectiveFrom: new Date('2024-01-01T00:00:00+08:00') };
    const v2 = { version: 2, effectiveFrom: new Date('2026-07-01T00:00:00+08:00') };
    expect(benchmarkInForce([v2, v1], new Date('2026-06-30T23:00:00+08:00'))).toBe(v1);
    expect(benchmarkInForce([v1, v2], new Date('2026-07-01T00:00:00+08:00'))).toBe(v2);
    expect(benchmarkInForce([v1, v2], new Date('2023-12-31T00:00:00+08:00'))).toBeNull();
  });

  it('accepts a fine inside the grade and marks it within the grade', () => {
    expect(applyDiscretion({ grades: bands() }, { grade: G.MINOR, facts: '首次被查处，及时改正' }, 100)).toMatchObject({
      withinGrade: true,
      band: { grade: G.MINOR },
    });
  });

  it('needs the grade and facts for every penalty', () => {
    expect(fieldOf(() => applyDiscretion({ grades: bands() }, null, 100))).toBe('input.discretion');
    expect(fieldOf(() => applyDiscretion({ grades: bands() }, { grade: G.MINOR, facts: '  ' }, 100))).toBe('input.discretion.facts');
  });

  it('needs a written reason for a fine outside the grade, and then marks it outside', () => {
    expect(fieldOf(() => applyDiscretion({ grades: bands() }, { grade: G.MINOR, facts: '首次' }, 300))).toBe('input.discretion.outsideRangeReason');
    expect(applyDiscretion({ grades: bands() }, { grade: G.MINOR, facts: '首次', outsideRangeReason: '占道面积大，影响通行' }, 300).withinGrade).toBe(false);
  });

  it('refuses a benchmark whose grades are missing, out of order, outside the legal range or lower than the grade below', () => {
    const legal = { fineMinYuan: 50, fineMaxYuan: 500 };
    expect(fieldOf(() => checkBenchmarkGrades(bands(), legal))).toBeNull();
    expect(fieldOf(() => checkBenchmarkGrades(bands().slice(0, 2), legal))).toBe('input.grades');
    expect(fieldOf(() => checkBenchmarkGrades([...bands()].reverse(), legal))).toBe('input.grades');
    const wide = bands();
    wide[2] = { ...wide[2], fineMaxYuan: 600 };
    expect(fieldOf(() => checkBenchmarkGrades(wide, legal))).toBe('input.grades.2.fineMaxYuan');
    const inverted = bands();
    inverted[1] = { ...inverted[1], fineMinYuan: 50, fineMaxYuan: 60 };
    expect(fieldOf(() => checkBenchmarkGrades(inverted, legal))).toBe('input.grades.1.fineMinYuan');
  });
});
