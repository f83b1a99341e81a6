import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { CreditEntry } from './credit-entry.entity';

/** Credit entries of many merchants in one statement, newest first. */
export const creditEntriesByMerchant = defineLoader<string, CreditEntry[]>('creditEntriesByMerchant', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, CreditEntry, 'merchantId', ids, [
    ['at', 'desc'],
    ['id', 'desc'],
  ]);
  return groupByKeys(ids, rows, (e) => e.merchantId);
});
