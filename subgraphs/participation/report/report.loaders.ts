import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineKeyLoader, defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Report } from './report.entity';

export const reportById = defineKeyLoader('reportById', Report, 'id');

/** Reports linked as near-duplicates of each original, oldest first; one statement per batch. */
export const duplicatesByOriginal = defineLoader<string, Report[]>('duplicatesByOriginal', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, Report, 'duplicateOfId', ids, [
    ['submittedAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.duplicateOfId!);
});
