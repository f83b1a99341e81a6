import { readOptions } from '../../../kernel/db/read-only';
import { defineKeyLoader, defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { MerchantVisit } from './merchant-visit.entity';
import { VisitConcern } from './visit-concern.entity';

/** The concerns of many visits in one statement. */
export const concernsByVisit = defineLoader<string, VisitConcern[]>('concernsByVisit', (scope) => async (ids) => {
  const rows = await scope.em.find(VisitConcern, { visitId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc', id: 'asc' }, ...readOptions(scope.em) });
  return groupByKeys(ids, rows, (c) => c.visitId);
});

export const merchantVisitById = defineKeyLoader('merchantVisitById', MerchantVisit, 'id');
