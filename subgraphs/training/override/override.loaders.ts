import { byKeys, defineLoader } from '../../../kernel/loaders/define-loader';
import { ExamOverride } from './exam-override.entity';

/** Overrides keyed `officerId|examId`: one statement per batch. */
export const overrideByOfficerExam = defineLoader<string, ExamOverride | null>('overrideByOfficerExam', (scope) => async (keys) => {
  const pairs = keys.map((k) => k.split('|') as [string, string]);
  const rows = await scope.em.find(ExamOverride, { $or: pairs.map(([officerId, examId]) => ({ officerId, examId })) });
  return byKeys(keys, rows, (r) => `${r.officerId}|${r.examId}`);
});
