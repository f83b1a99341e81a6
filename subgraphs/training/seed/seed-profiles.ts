import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { TrainingProfile } from '../profile/training-profile.entity';
import { rosterReplica } from './roster-replica';

/**
 * 培训档案 for the demo roster (unit, hire date, name and badge replicated from the HR roster; see roster-replica.ts).
 * A database seeded before profiles held names gets the demo officers' names and badges filled in.
 */
export async function seedProfiles(em: EntityManager): Promise<number> {
  const roster = rosterReplica();
  if ((await em.count(TrainingProfile, {})) > 0) {
    const unnamed = await em.find(TrainingProfile, { name: null, officerId: { $in: roster.map((r) => r.officerId) } });
    const byId = new Map(roster.map((r) => [r.officerId, r]));
    unnamed.forEach((p) => em.assign(p, { name: byId.get(p.officerId)!.name, badgeNumber: byId.get(p.officerId)!.badgeNumber }));
    await em.flush();
    return 0;
  }
  for (const r of roster) {
    em.create(TrainingProfile, { id: seedId('training-profile', r.officerId), ...r });
  }
  await em.flush();
  return roster.length;
}
