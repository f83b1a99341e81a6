import { columnOf, qualifiedTable } from '../../../kernel/db/lean-find';
import { executePrepared } from '../../../kernel/db/prepared';
import { sqlArray } from '../../../kernel/db/sql-array';
import { defineLoader } from '../../../kernel/loaders/define-loader';
import type { CourseCategory } from '../course/course-category.enum';
import { TrainingHoursEntry } from './training-hours-entry.entity';
import { summarizeHours } from './summarize-hours';
import type { TrainingHoursSummary } from './training-hours.types';

export interface OfficerYear {
  officerId: string;
  year: number;
}

/** Hours per officer and year: one prepared GROUP BY statement for the whole batch (the keys come as two arrays). */
export const trainingHoursByOfficerYear = defineLoader<OfficerYear, TrainingHoursSummary>('trainingHoursByOfficerYear', (scope) => async (keys) => {
  const em = scope.em;
  const column = (property: string) => columnOf(em, TrainingHoursEntry, property);
  const rows = await executePrepared<{ officer_id: string; year: number; category: CourseCategory; hours: string }>(
    em,
    `select ${column('officerId')} as officer_id, ${column('year')} as year, ${column('category')} as category, sum(${column('hours')}) as hours
       from ${qualifiedTable(em, TrainingHoursEntry)}
      where (${column('officerId')}, ${column('year')}) in (select * from unnest(?::uuid[], ?::smallint[]))
      group by 1, 2, 3`,
    [sqlArray(keys.map((k) => k.officerId)), sqlArray(keys.map((k) => String(k.year)))],
  );
  return keys.map((k) =>
    summarizeHours(
      k.year,
      rows.filter((r) => r.officer_id === k.officerId && Number(r.year) === k.year).map((r) => ({ category: r.category, hours: Number(r.hours) })),
    ),
  );
});
