import { byKeys, defineLoader } from '../../../kernel/loaders/define-loader';
import { QuestionVersion } from './question-version.entity';

/** Versions keyed `questionId|version` (a question's current version): one statement per batch. */
export const questionVersionByNumber = defineLoader<string, QuestionVersion | null>('questionVersionByNumber', (scope) => async (keys) => {
  const pairs = keys.map((k) => k.split('|'));
  const rows = await scope.em.find(QuestionVersion, { $or: pairs.map(([questionId, v]) => ({ questionId, version: Number(v) })) });
  return byKeys(keys, rows, (r) => `${r.questionId}|${r.version}`);
});
