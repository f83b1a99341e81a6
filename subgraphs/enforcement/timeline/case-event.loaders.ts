import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { CaseEvent } from './case-event.entity';

/** Timelines of many cases in one statement, in chain order. */
export const eventsByCase = defineLoader<string, CaseEvent[]>('eventsByCase', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, CaseEvent, 'caseId', ids, [
    ['caseId', 'asc'],
    ['seq', 'asc'],
  ]);
  return groupByKeys(ids, rows, (e) => e.caseId);
});
