import { defineLoader } from '../../../kernel/loaders/define-loader';
import { byKeys } from '../../../kernel/loaders/define-loader';
import { Certification } from './certification.entity';

/** A certification is current when no other record supersedes it. */
export const NOT_SUPERSEDED = 'not exists (select 1 from training.certification s where s.supersedes_id = c.id)';

/** The current certification per officer: one statement per batch. */
export const currentCertificationByOfficer = defineLoader<string, Certification | null>('currentCertificationByOfficer', (scope) => async (ids) => {
  const rows = await scope.em.getConnection().execute<Record<string, unknown>[]>(
    `select * from training.certification c where c.officer_id in (${ids.map(() => '?').join(', ')})
     and ${NOT_SUPERSEDED}`,
    [...ids],
  );
  const entities = rows.map((r) => scope.em.map(Certification, r));
  return byKeys(ids, entities, (c) => c.officerId);
});
