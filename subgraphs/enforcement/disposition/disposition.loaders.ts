import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Disposition } from './disposition.entity';

export const dispositionsByCase = defineLoader<string, Disposition[]>('dispositionsByCase', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, Disposition, 'case', ids, [
    ['decidedAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (d) => d.case.id);
});
