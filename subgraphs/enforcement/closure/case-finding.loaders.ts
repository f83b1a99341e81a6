import { byKeys, defineLoader } from '../../../kernel/loaders/define-loader';
import { CaseFinding } from './case-finding.entity';

export const findingByCase = defineLoader<string, CaseFinding | null>('findingByCase', (scope) => async (ids) => {
  const rows = await scope.em.find(CaseFinding, { case: { $in: [...ids] } });
  return byKeys(ids, rows, (f) => f.case.id);
});
