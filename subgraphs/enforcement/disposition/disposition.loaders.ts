import { leanFind } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Disposition } from './disposition.entity';

export const dispositionsByCase = defineLoader<string, Disposition[]>('dispositionsByCase', (scope) => async (ids) => {
  const rows = await leanFind(scope.em, Disposition, { case: { $in: [...ids] } }, { orderBy: { decidedAt: 'asc', id: 'asc' } });
  return groupByKeys(ids, rows, (d) => d.case.id);
});
