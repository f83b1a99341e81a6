import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '../../../kernel/log/logger';
import { Report } from '../report/report.entity';
import { DEMO_ACTIVITIES, seedActivities } from './seed-activities';
import { seedFeedback } from './seed-feedback';
import { seedPoints } from './seed-points';
import { DEMO_REPORTS, seedReports } from './seed-reports';
import { DEMO_TEAMS, seedTeams } from './seed-teams';
import { DEMO_VOLUNTEERS, seedVolunteers } from './seed-volunteers';

/** Demo data of the participation subgraph; idempotent (does nothing when reports exist). */
export async function seedParticipation(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Report, {})) > 0) {
    return;
  }
  await em.transactional(async (tx) => {
    const reports = seedReports(tx);
    const volunteers = seedVolunteers(tx);
    seedTeams(tx, volunteers);
    seedActivities(tx, volunteers);
    seedPoints(tx, volunteers, reports);
    seedFeedback(tx);
  });
  log.info({ reports: DEMO_REPORTS, volunteers: DEMO_VOLUNTEERS, activities: DEMO_ACTIVITIES, teams: DEMO_TEAMS }, 'seeded participation demo data');
}
