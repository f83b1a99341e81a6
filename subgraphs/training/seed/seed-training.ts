import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '../../../kernel/log/logger';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { produceNotices } from '../notification/notification.job';
import { seedCertifications } from './seed-certifications';
import { seedCourses } from './seed-courses';
import { seedDrills } from './seed-drills';
import { seedEnrollments } from './seed-enrollments';
import { seedExams } from './seed-exams';
import { seedHours } from './seed-hours';
import { seedLawArticles } from './seed-law-articles';
import { seedMentoring } from './seed-mentoring';
import { seedProfiles } from './seed-profiles';
import { seedUnitTree } from './unit-tree-replica';

/** Demo data per catalogue; each part is idempotent (does nothing when its table has rows). */
export async function seedTraining(em: EntityManager, log: Logger): Promise<void> {
  const { courses, lessons } = await seedCourses(em);
  const hoursEntries = await seedHours(em);
  const profiles = await seedProfiles(em);
  const units = await seedUnitTree(em);
  const enrollments = await seedEnrollments(em);
  const lawArticles = await seedLawArticles(em);
  const { questions, attempts } = await seedExams(em);
  const certifications = await seedCertifications(em);
  const drills = await seedDrills(em);
  const mentorships = await seedMentoring(em);
  const notices = await produceNotices(em, shanghaiDate(new Date())); // the demo officers' notices, as the job would store them
  log.info(
    { courses, lessons, hoursEntries, profiles, units, enrollments, lawArticles, questions, attempts, certifications, drills, mentorships, notices },
    'seeded training demo data',
  );
}
