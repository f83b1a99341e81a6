import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { Activity } from '../activity/activity.entity';
import { ActivityKind } from '../activity/activity-enums';
import { PointEntry } from '../points/point-entry.entity';
import { PointReason } from '../points/points-enums';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import { Volunteer } from '../volunteer/volunteer.entity';

const HOUR = 3600_000;

/** An ACTIVE (or given status) volunteer for `subject`, stored directly. */
export async function makeVolunteer(h: SubgraphHarness, subject: string, status = VolunteerStatus.ACTIVE): Promise<Volunteer> {
  const em = h.em();
  const v = em.create(Volunteer, { subject, name: '张志愿', phone: '13905790001', status });
  await em.flush();
  return v;
}

/** An activity from `startOffsetH` to `endOffsetH` hours from now. */
export async function makeActivity(h: SubgraphHarness, capacity: number, startOffsetH = -1, endOffsetH = 2): Promise<Activity> {
  const em = h.em();
  const a = em.create(Activity, {
    kind: ActivityKind.CIVILITY_PERSUASION,
    title: '人民路文明劝导',
    description: '在人民路口劝导行人文明过马路',
    gridCode: 'LX-LJ-02',
    location: '人民路与解放路交叉口',
    startsAt: new Date(Date.now() + startOffsetH * HOUR),
    endsAt: new Date(Date.now() + endOffsetH * HOUR),
    capacity,
  });
  await em.flush();
  return a;
}

export async function givePoints(h: SubgraphHarness, volunteerId: string, amount: number, sourceId: string): Promise<void> {
  const em = h.em();
  em.create(PointEntry, {
    volunteerId,
    amount,
    reason: PointReason.VOLUNTEER_HOURS,
    sourceId,
    note: '测试积分',
  });
  await em.flush();
}

export const SIGN_UP = `mutation($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { signUp { id activityId } } }`;
export const CHECK_IN = `mutation($input: AttendanceInput!) { checkInToActivity(input: $input) { signUp { id checkedInAt } } }`;
export const CHECK_OUT = `mutation($input: AttendanceInput!) { checkOutOfActivity(input: $input) { signUp { id hours hoursStatus } } }`;
export const REVIEW = `mutation($input: ReviewVolunteerHoursInput!) { reviewVolunteerHours(input: $input) { signUp { id hoursStatus } } }`;
