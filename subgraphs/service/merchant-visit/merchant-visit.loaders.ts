import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineKeyLoader, defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { MerchantVisit } from './merchant-visit.entity';
import { VisitConcern } from './visit-concern.entity';

/** The concerns of many visits in one statement. */
export const concernsByVisit = defineLoader<string, VisitConcern[]>('concernsByVisit', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, VisitConcern, 'visitId', ids, [
    ['createdAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (c) => c.visitId);
});

export const merchantVisitById = defineKeyLoader('merchantVisitById', MerchantVisit, 'id');
