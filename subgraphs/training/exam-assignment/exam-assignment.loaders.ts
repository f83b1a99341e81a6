import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { ExamAssignment } from './exam-assignment.entity';

/** Every exam assignment of each officer (bounded by the exams), by due date; one statement per batch. */
export const examAssignmentsByOfficer = defineLoader<string, ExamAssignment[]>('examAssignmentsByOfficer', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, ExamAssignment, 'officerId', ids, [
    ['dueOn', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.officerId);
});
