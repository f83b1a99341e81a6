import type { EntityManager } from '@mikro-orm/postgresql';

import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { TrainingHoursEntry } from '../training-hours/training-hours-entry.entity';
import { COURSES } from './courses.data';

/** Two years of ledger entries for the demo roster: some officers meet the 40 hours, some fall short. */
export async function seedHours(em: EntityManager): Promise<number> {
  if ((await em.count(TrainingHoursEntry, {})) > 0) {
    return 0;
  }
  let entries = 0;
  for (let o = 0; o < DEMO_OFFICER_COUNT; o += 1) {
    for (const year of [2025, 2026]) {
      const taken = COURSES.filter((_, i) => (i + o + year) % 3 !== 0).slice(0, 4 + ((o * 3 + year) % 8));
      for (const course of taken) {
        em.create(TrainingHoursEntry, {
          officerId: demoOfficerId(o),
          year,
          hours: course.hours,
          category: course.cat,
          cause: HoursCause.COURSE_COMPLETION,
          note: `完成课程 ${course.code}`,
        });
        entries += 1;
      }
    }
  }
  await em.flush();
  return entries;
}
