import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader } from '../../../kernel/loaders/define-loader';
import { TypicalCase } from './typical-case.entity';

/** Training's copy of a typical case by its enforcement Case id (one statement per batch). */
export const typicalCaseById = defineLoader<string, TypicalCase | null>('typicalCaseById', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, TypicalCase, 'id', ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id) ?? null);
});
