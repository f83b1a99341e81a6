import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import type { MandatoryAudience } from '../course/course-enums';
import { Course } from '../course/course.entity';
import { Lesson } from '../lesson/lesson.entity';
import { COURSES } from './courses.data';
import { LESSONS, MANDATORY_FOR, PREREQUISITES } from './lessons.data';

export const courseSeedId = (code: string) => seedId('course', code);

/** 课程目录 and its lessons; each part only when its table is empty. */
export async function seedCourses(em: EntityManager): Promise<{ courses: number; lessons: number }> {
  let courses = 0;
  if ((await em.count(Course, {})) === 0) {
    for (const c of COURSES) {
      em.create(Course, {
        id: courseSeedId(c.code),
        code: c.code,
        title: c.title,
        category: c.cat,
        summary: c.summary,
        creditHours: c.hours,
        published: true,
        prerequisiteIds: (PREREQUISITES[c.code] ?? []).map(courseSeedId),
        mandatoryFor: (MANDATORY_FOR[c.code] ?? []) as MandatoryAudience[],
      });
      courses += 1;
    }
  }
  let lessons = 0;
  if ((await em.count(Lesson, {})) === 0) {
    for (const [code, list] of Object.entries(LESSONS)) {
      list.forEach(([title, contentSummary, minutes], i) => {
        em.create(Lesson, { id: seedId('lesson', `${code}#${i + 1}`), courseId: courseSeedId(code), position: i + 1, title, contentSummary, minutes });
        lessons += 1;
      });
    }
  }
  await em.flush();
  return { courses, lessons };
}
