import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import type { Logger } from '../../../kernel/log/logger';
import { Course } from '../course/course.entity';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { TrainingHoursEntry } from '../training-hours/training-hours-entry.entity';
import { COURSES } from './courses.data';

/** Demo courses and two years of hours for the demo roster; idempotent. */
export async function seedTraining(em: EntityManager, log: Logger): Promise<void> {
  if ((await em.count(Course, {})) > 0) {
    return;
  }
  const courses = COURSES.map((c) =>
    em.create(Course, {
      id: seedId('course', c.code),
      code: c.code,
      title: c.title,
      category: c.cat,
      summary: c.summary,
      creditHours: c.hours,
      published: true,
    }),
  );
  let entries = 0;
  for (let o = 0; o < DEMO_OFFICER_COUNT; o += 1) {
    for (const year of [2025, 2026]) {
      // Officers complete a varying number of courses: some meet the 40 hours, some fall short.
      const taken = courses.filter((_, i) => (i + o + year) % 3 !== 0).slice(0, 4 + ((o * 3 + year) % 8));
      for (const course of taken) {
        em.create(TrainingHoursEntry, {
          officerId: demoOfficerId(o),
          year,
          hours: course.creditHours,
          category: course.category,
          cause: HoursCause.COURSE_COMPLETION,
          note: `完成课程 ${course.code}`,
        });
        entries += 1;
      }
    }
  }
  await em.flush();
  log.info({ courses: courses.length, hoursEntries: entries }, 'seeded training demo data');
}
