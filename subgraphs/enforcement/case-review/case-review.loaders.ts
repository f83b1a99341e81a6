import { leanFindIn } from '../../../kernel/db/lean-find';
import { byKeys, defineLoader } from '../../../kernel/loaders/define-loader';
import { CaseReview } from './case-review.entity';

export const reviewByCase = defineLoader<string, CaseReview | null>('reviewByCase', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, CaseReview, 'case', ids);
  return byKeys(ids, rows, (r) => r.case.id);
});
