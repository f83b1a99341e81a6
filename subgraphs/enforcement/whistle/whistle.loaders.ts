import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Whistle } from './whistle.entity';

export const whistlesByCase = defineLoader<string, Whistle[]>('whistlesByCase', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, Whistle, 'case', ids, [
    ['blownAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (w) => w.case.id);
});
