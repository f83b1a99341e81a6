import type { CourseCategory } from '../course/course-category.enum';
import type { TrainingHoursSummary } from './training-hours.types';

/** Every officer needs at least this many training hours a year (DESIGN.md §5). */
export const REQUIRED_HOURS_PER_YEAR = 40;

export interface CategoryTotal {
  category: CourseCategory;
  hours: number;
}

/** Pure rule: per-category sums of a year → the summary an officer and a trainer see. */
export function summarizeHours(year: number, totals: CategoryTotal[], required = REQUIRED_HOURS_PER_YEAR): TrainingHoursSummary {
  const byCategory = totals
    .filter((t) => t.hours !== 0)
    .map((t) => ({ category: t.category, hours: Math.round(t.hours * 10) / 10 }))
    .sort((a, b) => b.hours - a.hours || a.category.localeCompare(b.category));
  const totalHours = Math.round(byCategory.reduce((sum, t) => sum + t.hours, 0) * 10) / 10;
  return { year, totalHours, requiredHours: required, met: totalHours >= required, byCategory };
}
