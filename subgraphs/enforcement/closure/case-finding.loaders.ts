import { leanFindIn } from '../../../kernel/db/lean-find';
import { byKeys, defineLoader } from '../../../kernel/loaders/define-loader';
import { CaseFinding } from './case-finding.entity';

export const findingByCase = defineLoader<string, CaseFinding | null>('findingByCase', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, CaseFinding, 'case', ids);
  return byKeys(ids, rows, (f) => f.case.id);
});
