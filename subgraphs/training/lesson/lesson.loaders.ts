import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineKeyLoader, defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Lesson } from './lesson.entity';

export const lessonById = defineKeyLoader('lessonById', Lesson, 'id');

/** Lessons of each course in order; one statement per batch. */
export const lessonsByCourse = defineLoader<string, Lesson[]>('lessonsByCourse', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, Lesson, 'courseId', ids, [
    ['courseId', 'asc'],
    ['position', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.courseId);
});
