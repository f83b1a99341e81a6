import type { CourseCategory } from '../course/course-category.enum';
import { HOURS_QUOTAS } from './hours-quotas';
import type { HoursQuota } from './hours-quotas';
import type { TrainingHoursSummary } from './training-hours.types';

/** Every officer needs at least this many training hours a year (DESIGN.md §5). */
export const REQUIRED_HOURS_PER_YEAR = 40;

export interface CategoryTotal {
  category: CourseCategory;
  hours: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Pure rule: per-category sums of a year → the summary an officer and a trainer see, with quota status. */
export function summarizeHours(
  year: number,
  totals: CategoryTotal[],
  required = REQUIRED_HOURS_PER_YEAR,
  quotas: readonly HoursQuota[] = HOURS_QUOTAS,
): TrainingHoursSummary {
  const byCategory = totals
    .filter((t) => t.hours !== 0)
    .map((t) => ({ category: t.category, hours: round1(t.hours) }))
    .sort((a, b) => b.hours - a.hours || a.category.localeCompare(b.category));
  const totalHours = round1(byCategory.reduce((sum, t) => sum + t.hours, 0));
  const quotaStatus = quotas.map((q) => {
    const hours = round1(byCategory.filter((c) => q.categories.includes(c.category)).reduce((s, c) => s + c.hours, 0));
    return { code: q.code, name: q.name, categories: [...q.categories], requiredHours: q.minHours, hours, met: hours >= q.minHours };
  });
  const met = totalHours >= required;
  const quotasMet = quotaStatus.every((q) => q.met);
  return { year, totalHours, requiredHours: required, met, byCategory, quotas: quotaStatus, quotasMet, compliant: met && quotasMet };
}
