import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { AttemptScoreChange } from './attempt-score-change.entity';

/** 成绩变更史 per attempt, oldest first: one statement per batch. */
export const scoreChangesByAttempt = defineLoader<string, AttemptScoreChange[]>('scoreChangesByAttempt', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, AttemptScoreChange, 'attemptId', ids, [
    ['attemptId', 'asc'],
    ['changedAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.attemptId);
});
