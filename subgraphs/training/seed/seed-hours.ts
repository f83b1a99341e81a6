import type { EntityManager } from '@mikro-orm/postgresql';

import { DEMO_OFFICER_COUNT, demoOfficerId } from '../../../kernel/demo/demo-roster';
import { chinaDate } from '../../../kernel/time/china-time';
import { hoursExpectedBy } from '../certification/duty-eligibility';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { TrainingHoursEntry } from '../training-hours/training-hours-entry.entity';
import { COURSES } from './courses.data';

/** Demo officers behind on this year's hours (持证上岗 HOURS_BEHIND): about half the pro-rata target. */
export const DEMO_HOURS_BEHIND = [3, 17] as const;

type Course = (typeof COURSES)[number];

/** Courses in an officer-specific order, taken until `enough(sum with the next course)` says stop. */
function takeCourses(o: number, year: number, keep: (sumBefore: number, course: Course) => boolean): Course[] {
  const order = COURSES.map((_, i) => COURSES[(i + o + year) % COURSES.length]);
  const taken: Course[] = [];
  let sum = 0;
  for (const course of order) {
    if (!keep(sum, course)) {
      break;
    }
    taken.push(course);
    sum += course.hours;
  }
  return taken;
}

/**
 * This year's courses of demo officer `o` as of `today` (YYYY-MM-DD): on track officers have at least the pro-rata
 * share of the 40 hours (100–130 % of it, as if spread over the year so far); the officers of DEMO_HOURS_BEHIND
 * stay under 60 % of it. Relative to the seeding date, so the demo is realistic whenever it is seeded.
 */
export function demoCoursesThisYear(o: number, today: string): Course[] {
  const expected = hoursExpectedBy(today);
  const year = Number(today.slice(0, 4));
  if ((DEMO_HOURS_BEHIND as readonly number[]).includes(o)) {
    return takeCourses(o, year, (sum, c) => sum + c.hours < expected * 0.6);
  }
  const target = expected * (1 + (o % 4) * 0.1);
  return takeCourses(o, year, (sum) => sum < target);
}

/**
 * Ledger entries for the demo roster: last year complete (some officers met the 40 hours, some fell short) and this
 * year up to the seeding date (see demoCoursesThisYear).
 */
export async function seedHours(em: EntityManager, today = chinaDate(new Date())): Promise<number> {
  if ((await em.count(TrainingHoursEntry, {})) > 0) {
    return 0;
  }
  const thisYear = Number(today.slice(0, 4));
  let entries = 0;
  const add = (o: number, year: number, course: Course) => {
    em.create(TrainingHoursEntry, {
      officerId: demoOfficerId(o),
      year,
      hours: course.hours,
      category: course.cat,
      cause: HoursCause.COURSE_COMPLETION,
      note: `完成课程 ${course.code}`,
    });
    entries += 1;
  };
  for (let o = 0; o < DEMO_OFFICER_COUNT; o += 1) {
    const lastYear = thisYear - 1;
    COURSES.filter((_, i) => (i + o + lastYear) % 3 !== 0)
      .slice(0, 4 + ((o * 3 + lastYear) % 8))
      .forEach((course) => add(o, lastYear, course));
    demoCoursesThisYear(o, today).forEach((course) => add(o, thisYear, course));
  }
  await em.flush();
  return entries;
}
