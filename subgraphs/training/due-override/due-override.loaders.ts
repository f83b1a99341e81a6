import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { AssignmentDueOverride } from './assignment-due-override.entity';

/** Due-date changes per enrollment, oldest first; one statement per batch. */
export const dueOverridesByEnrollment = defineLoader<string, AssignmentDueOverride[]>('dueOverridesByEnrollment', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, AssignmentDueOverride, 'enrollmentId', ids, [
    ['createdAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.enrollmentId);
});
