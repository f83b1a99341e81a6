import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { ActivitySignUp } from './activity-sign-up.entity';
import { LaborAssignment } from './labor-assignment.entity';

/** Sign-ups of many activities in one statement, in sign-up order. */
export const signUpsByActivity = defineLoader<string, ActivitySignUp[]>('signUpsByActivity', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, ActivitySignUp, 'activityId', ids, [
    ['createdAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (s) => s.activityId);
});

/** Participation's copies of labor-in-lieu dispositions, by disposition id, in one statement. */
export const laborAssignmentById = defineLoader<string, LaborAssignment | null>('laborAssignmentById', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, LaborAssignment, 'id', ids);
  const byId = new Map(rows.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id) ?? null);
});
