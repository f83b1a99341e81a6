import { leanFind } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Whistle } from './whistle.entity';

export const whistlesByCase = defineLoader<string, Whistle[]>('whistlesByCase', (scope) => async (ids) => {
  const rows = await leanFind(scope.em, Whistle, { case: { $in: [...ids] } }, { orderBy: { blownAt: 'asc', id: 'asc' } });
  return groupByKeys(ids, rows, (w) => w.case.id);
});
