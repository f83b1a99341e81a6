import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineKeyLoader, defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { QuestionVersion } from '../question/question-version.entity';
import { Question } from '../question/question.entity';
import { AttemptItem } from './attempt-item.entity';
import { ExamAttempt } from './exam-attempt.entity';

export const questionById = defineKeyLoader('questionById', Question, 'id');
export const questionVersionById = defineKeyLoader('questionVersionById', QuestionVersion, 'id');

export const itemsByAttempt = defineLoader<string, AttemptItem[]>('itemsByAttempt', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, AttemptItem, 'attemptId', ids, [
    ['attemptId', 'asc'],
    ['position', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.attemptId);
});

/** Attempts of one officer at one exam, keyed `officerId|examId` (review visibility counts the attempts left). */
export const attemptsByOfficerExam = defineLoader<string, ExamAttempt[]>('attemptsByOfficerExam', (scope) => async (keys) => {
  const pairs = keys.map((k) => k.split('|') as [string, string]);
  const rows = await scope.em.find(ExamAttempt, { $or: pairs.map(([officerId, examId]) => ({ officerId, examId })) });
  return groupByKeys(keys, rows, (r) => `${r.officerId}|${r.examId}`);
});
