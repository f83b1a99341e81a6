import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { LegalReview } from './legal-review.entity';

export const legalReviewsByCase = defineLoader<string, LegalReview[]>('legalReviewsByCase', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, LegalReview, 'case', ids, [
    ['requestedAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.case.id);
});
