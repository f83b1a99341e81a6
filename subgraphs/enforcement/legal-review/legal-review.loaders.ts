import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { LegalReview } from './legal-review.entity';

export const legalReviewsByCase = defineLoader<string, LegalReview[]>('legalReviewsByCase', (scope) => async (ids) => {
  const rows = await scope.em.find(LegalReview, { case: { $in: [...ids] } }, { orderBy: { requestedAt: 'asc', id: 'asc' } });
  return groupByKeys(ids, rows, (r) => r.case.id);
});
