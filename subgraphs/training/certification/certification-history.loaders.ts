import { leanFindIn } from '../../../kernel/db/lean-find';
import { defineLoader, groupByKeys } from '../../../kernel/loaders/define-loader';
import { Certification } from './certification.entity';

/** Every certification record per officer (a handful each: one per grant or correction); one statement per batch. */
export const certificationRecordsByOfficer = defineLoader<string, Certification[]>('certificationRecordsByOfficer', (scope) => async (ids) => {
  const rows = await leanFindIn(scope.em, Certification, 'officerId', ids, [
    ['createdAt', 'asc'],
    ['id', 'asc'],
  ]);
  return groupByKeys(ids, rows, (r) => r.officerId);
});
