import type { EntityManager } from '@mikro-orm/postgresql';

import { seedId } from '../../../kernel/db/seed-id';
import { GRID_CELLS } from '../../../kernel/demo/demo-grid';
import { demoOfficerId } from '../../../kernel/demo/demo-roster';
import { ActivitySignUp } from '../activity/activity-sign-up.entity';
import { Activity } from '../activity/activity.entity';
import { HoursStatus } from '../activity/activity-enums';
import { PointEntry } from '../points/point-entry.entity';
import { PointReason, pointsForHours } from '../points/points-enums';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import type { Volunteer } from '../volunteer/volunteer.entity';
import { SEED_NOW } from './seed-reports';
import { ACTIVITY_TEMPLATES } from './volunteers.data';

export const DEMO_ACTIVITIES = 24;
const DAY = 86_400_000;
const HOUR = 3600_000;

/** 24 activities, one every other day from 34 days ago to 12 days ahead, with sign-ups, attendance and hours. */
export function seedActivities(em: EntityManager, volunteers: Volunteer[]): void {
  const active = volunteers.filter((v) => v.status === VolunteerStatus.ACTIVE);
  const dayStart = SEED_NOW - (SEED_NOW % DAY) - 8 * HOUR; // 08:00 Beijing time = 00:00 UTC
  for (let k = 0; k < DEMO_ACTIVITIES; k += 1) {
    const [kind, title, description, place, hours, capacity] = ACTIVITY_TEMPLATES[k % ACTIVITY_TEMPLATES.length];
    const cell = GRID_CELLS[(k * 5) % GRID_CELLS.length];
    const startsAt = new Date(dayStart + (k * 2 - 34) * DAY + 8 * HOUR);
    const endsAt = new Date(startsAt.getTime() + hours * HOUR);
    const taken = Math.min(capacity, 4 + ((k * 3) % capacity));
    const activity = em.create(Activity, {
      id: seedId('activity', String(k)),
      kind,
      title: `${cell.community}${title}`,
      description,
      gridCode: cell.code,
      location: `兰溪市${cell.street}${cell.community}${place}`,
      startsAt,
      endsAt,
      capacity,
      signedUpCount: taken,
      organizerOfficerId: demoOfficerId(3 + (k % 30)),
    });
    const past = endsAt.getTime() < SEED_NOW;
    for (let j = 0; j < taken; j += 1) {
      const v = active[(k * 7 + j * 3) % active.length];
      const absent = past && j % 9 === 8;
      const served = past && !absent ? hours - (j % 4 === 3 ? 0.5 : 0) : null;
      const hoursStatus = served === null ? null : k >= 15 && j % 2 === 0 ? HoursStatus.PENDING : j % 11 === 10 ? HoursStatus.DECLINED : HoursStatus.APPROVED;
      const signUp = em.create(ActivitySignUp, {
        id: seedId('activity-sign-up', `${k}:${j}`),
        activityId: activity.id,
        volunteerId: v.id,
        startsAt,
        endsAt,
        checkedInAt: served === null ? null : new Date(startsAt.getTime() - 10 * 60_000),
        checkedOutAt: served === null ? null : new Date(startsAt.getTime() + served * HOUR),
        hours: served,
        hoursStatus,
        reviewNote: hoursStatus === HoursStatus.DECLINED ? '签到记录与现场照片不符，不予认定' : null,
      });
      if (hoursStatus === HoursStatus.APPROVED) {
        em.create(PointEntry, {
          id: seedId('point-entry', `hours:${signUp.id}`),
          volunteerId: v.id,
          amount: pointsForHours(served!),
          reason: PointReason.VOLUNTEER_HOURS,
          sourceId: signUp.id,
          note: `志愿服务 ${served} 小时：${activity.title}`,
          occurredAt: new Date(endsAt.getTime() + DAY),
        });
      }
    }
  }
}
