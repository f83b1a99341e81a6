import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { TrainingProfile } from '../profile/training-profile.entity';
import { rosterReplica } from './roster-replica';

/** 培训档案 for the demo roster (unit + hire date replicated from the HR roster; see roster-replica.ts). */
export async function seedProfiles(em: EntityManager): Promise<number> {
  if ((await em.count(TrainingProfile, {})) > 0) {
    return 0;
  }
  const roster = rosterReplica();
  for (const r of roster) {
    em.create(TrainingProfile, { id: seedId('training-profile', r.officerId), ...r });
  }
  await em.flush();
  return roster.length;
}
