import { leanFindIn } from '../../../kernel/db/lean-find';
import { byKeys, defineLoader } from '../../../kernel/loaders/define-loader';
import { FollowUp } from './follow-up.entity';

export const followUpByCase = defineLoader<string, FollowUp | null>('followUpByCase', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, FollowUp, 'case', ids);
  return byKeys(ids, rows, (f) => f.case.id);
});
