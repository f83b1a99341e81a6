import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, byKeys, groupByKeys } from '../../../kernel/loaders/define-loader';
import { DiscretionBenchmark } from './discretion-benchmark.entity';
import { PenaltyDiscretion } from './penalty-discretion.entity';

/** Every benchmark version of each violation type, oldest first (a handful per type). */
export const benchmarksByType = defineLoader<string, DiscretionBenchmark[]>('benchmarksByType', (scope) => async (codes) => {
  const rows = await leanFindIn(scope.em, DiscretionBenchmark, 'violationType', codes, [
    ['violationType', 'asc'],
    ['version', 'asc'],
  ]);
  return groupByKeys(codes, rows, (b) => b.violationType.code);
});

export const discretionByDisposition = defineLoader<string, PenaltyDiscretion | null>('discretionByDisposition', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, PenaltyDiscretion, 'disposition', ids);
  return byKeys(ids, rows, (r) => r.disposition.id);
});
