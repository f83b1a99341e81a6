import { leanFind } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { ActivitySignUp } from './activity-sign-up.entity';

/** Sign-ups of many activities in one statement, in sign-up order. */
export const signUpsByActivity = defineLoader<string, ActivitySignUp[]>(
  'signUpsByActivity',
  (scope) => async (ids) => {
    const rows = await leanFind(
      scope.em,
      ActivitySignUp,
      { activityId: { $in: [...ids] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return groupByKeys(ids, rows, (s) => s.activityId);
  },
);
