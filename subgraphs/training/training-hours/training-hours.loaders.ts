import { defineLoader } from '../../../kernel/loaders/define-loader';
import type { CourseCategory } from '../course/course-category.enum';
import { TrainingHoursEntry } from './training-hours-entry.entity';
import { summarizeHours } from './summarize-hours';
import type { TrainingHoursSummary } from './training-hours.types';

export interface OfficerYear {
  officerId: string;
  year: number;
}

/** Hours per officer and year: one GROUP BY statement for the whole batch. */
export const trainingHoursByOfficerYear = defineLoader<OfficerYear, TrainingHoursSummary>('trainingHoursByOfficerYear', (scope) => async (keys) => {
  const meta = scope.em.getMetadata().get(TrainingHoursEntry.name);
  const rows: { officer_id: string; year: number; category: CourseCategory; hours: string }[] = await scope.em
    .getKnex()
    .withSchema(meta.schema ?? 'training')
    .from(meta.tableName)
    .select('officer_id', 'year', 'category')
    .sum({ hours: 'hours' })
    .whereIn(
      ['officer_id', 'year'],
      keys.map((k) => [k.officerId, k.year]),
    )
    .groupBy('officer_id', 'year', 'category');
  return keys.map((k) =>
    summarizeHours(
      k.year,
      rows.filter((r) => r.officer_id === k.officerId && Number(r.year) === k.year).map((r) => ({ category: r.category, hours: Number(r.hours) })),
    ),
  );
});
