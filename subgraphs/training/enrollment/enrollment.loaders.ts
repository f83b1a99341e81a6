import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Enrollment } from './enrollment.entity';
import { LessonProgress } from './lesson-progress.entity';

/** Every enrollment of each officer (bounded by the course catalogue), by due date; one statement per batch. */
export const enrollmentsByOfficer = defineLoader<string, Enrollment[]>('enrollmentsByOfficer', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, Enrollment, 'officerId', ids, [
    ['dueOn', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.officerId);
});

/** Completed lessons per enrollment: one GROUP BY per batch. */
export const completedLessonsByEnrollment = defineLoader<string, number>('completedLessonsByEnrollment', (scope) => async (ids) => {
  const meta = scope.em.getMetadata().get(LessonProgress.name);
  const rows: { enrollment_id: string; n: string }[] = await scope.em
    .getKnex()
    .withSchema(meta.schema ?? 'training')
    .from(meta.tableName)
    .select('enrollment_id')
    .count({ n: '*' })
    .whereIn('enrollment_id', [...ids])
    .groupBy('enrollment_id');
  const counts = new Map(rows.map((r) => [r.enrollment_id, Number(r.n)]));
  return ids.map((id) => counts.get(id) ?? 0);
});
