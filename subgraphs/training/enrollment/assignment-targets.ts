import { randomUUID } from 'node:crypto';

import type { EntityManager, Knex } from '@mikro-orm/postgresql';

import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { Cohort } from '../cohort/cohort.entity';
import { TrainingProfile } from '../profile/training-profile.entity';
import { unitSubtreeIds } from '../unit/unit-subtree';

export interface AssignmentTargets {
  officerIds: string[];
  cohortId?: string | null;
  unitId?: string | null;
  includeSubUnits: boolean;
}

/** Most officers one call may assign (a unit of the whole bureau fits; a larger population is split by unit). */
export const MAX_ASSIGNEES = 2000;

/**
 * 指派对象: the union of the listed officers, a cohort's members and the officers of a unit (and, unless
 * `includeSubUnits` is false, of every unit below it, per training's copy of the unit tree and the roster).
 * An unknown cohort or unit is NOT_FOUND; an empty union is BAD_USER_INPUT on the field that was given.
 */
export async function resolveAssignees(em: EntityManager, t: AssignmentTargets): Promise<string[]> {
  const ids = new Set(t.officerIds);
  if (t.cohortId) {
    const cohort = await em.findOne(Cohort, { id: t.cohortId });
    if (!cohort) {
      throw new NotFoundError('Cohort', t.cohortId, 'input.cohortId');
    }
    cohort.officerIds.forEach((id) => ids.add(id));
  }
  if (t.unitId) {
    const subtree = await unitSubtreeIds(em, t.unitId);
    if (subtree.length === 0) {
      throw new NotFoundError('Unit', t.unitId, 'input.unitId');
    }
    const units = t.includeSubUnits ? subtree : [t.unitId];
    const members = await em.find(TrainingProfile, { unitId: { $in: units } }, { fields: ['officerId'] });
    members.forEach((p) => ids.add(p.officerId));
  }
  if (ids.size === 0) {
    const field = t.unitId ? 'input.unitId' : t.cohortId ? 'input.cohortId' : 'input.officerIds';
    throw new ValidationError(field, 'Give officerIds, a cohortId with members or a unitId with officers');
  }
  if (ids.size > MAX_ASSIGNEES) {
    throw new ValidationError('input.unitId', `At most ${MAX_ASSIGNEES} officers per call; assign sub-units one by one`);
  }
  return [...ids];
}

/**
 * `INSERT … ON CONFLICT DO NOTHING` of new rows (id, created_at, updated_at added) into a training table; the
 * unique key `conflict` makes repeats and races harmless; inside `em`'s transaction when it has one. Returns how
 * many rows were new.
 */
export async function insertNew(em: EntityManager, table: string, conflict: string[], rows: Record<string, unknown>[]): Promise<number> {
  const now = new Date();
  const query = em
    .getKnex()
    .withSchema('training')
    .table(table)
    .insert(rows.map((r) => ({ id: randomUUID(), created_at: now, updated_at: now, ...r })))
    .onConflict(conflict)
    .ignore()
    .returning('id');
  const trx = em.getTransactionContext<Knex.Transaction>();
  const inserted = (await (trx ? query.transacting(trx) : query)) as { id: string }[];
  return inserted.length;
}
