import { leanFind } from '../../../kernel/db/lean-find';
import { defineKeyLoader, defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { AttemptItem } from './attempt-item.entity';

export const questionById = defineKeyLoader('questionById', Question, 'id');
export const questionVersionById = defineKeyLoader('questionVersionById', QuestionVersion, 'id');

export const itemsByAttempt = defineLoader<string, AttemptItem[]>('itemsByAttempt', (scope) => async (ids) => {
  const rows = await leanFind(scope.em, AttemptItem, { attemptId: { $in: [...ids] } }, { orderBy: { attemptId: 'asc', position: 'asc' } });
  return groupByKeys(ids, rows, (r) => r.attemptId);
});
