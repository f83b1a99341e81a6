import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { HoursStatus } from '../activity/activity-enums';
import { ActivitySignUp } from '../activity/activity-sign-up.entity';
import { makeActivity, makeVolunteer } from './volunteer-fixtures';

const HOUR = 3600_000;

/** A sign-up of a fresh volunteer on an activity over `window` (hours from now), checked in via SQL one hour after its start. */
async function openCheckIn(h: SubgraphHarness, subject: string, window: [number, number]): Promise<string> {
  const v = await makeVolunteer(h, subject);
  const a = await makeActivity(h, 5, window[0], window[1]);
  const em = h.em();
  const s = em.create(ActivitySignUp, {
    activityId: a.id,
    volunteerId: v.id,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
  });
  await em.flush();
  await em.getConnection().execute(`update participation.activity_sign_up set checked_in_at = starts_at + interval '1 hour' where id = ?`, [s.id]);
  return s.id;
}

describe('自动签退: open check-ins close after 24 hours (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: true });
  });
  afterAll(() => h.stop());

  it('checks out a check-in of 25 hours ago at check-in + 24 h, flags it and leaves the hours PENDING', async () => {
    const id = await openCheckIn(h, 'auto-1', [-26, 2]);
    await h.server.runJobsOnce();
    const s = await h.em().findOneOrFail(ActivitySignUp, { id });
    expect(s.autoCheckedOut).toBe(true);
    expect(s.checkedOutAt!.getTime() - s.checkedInAt!.getTime()).toBe(24 * HOUR);
    expect(s.hours).toBe(24);
    expect(s.hoursStatus).toBe(HoursStatus.PENDING);
  });

  it('checks out at the activity end when the activity ended before check-in + 24 h', async () => {
    const id = await openCheckIn(h, 'auto-2', [-30, -27]);
    await h.server.runJobsOnce();
    const s = await h.em().findOneOrFail(ActivitySignUp, { id });
    expect(s.autoCheckedOut).toBe(true);
    expect(s.checkedOutAt!.getTime()).toBe(s.endsAt.getTime());
    expect(s.hours).toBe(2);
    expect(s.hoursStatus).toBe(HoursStatus.PENDING);
  });

  it('leaves a check-in of 23 hours ago open and unflagged', async () => {
    const id = await openCheckIn(h, 'auto-3', [-24, 2]);
    await h.server.runJobsOnce();
    const s = await h.em().findOneOrFail(ActivitySignUp, { id });
    expect(s.autoCheckedOut).toBe(false);
    expect(s.checkedOutAt).toBeNull();
    expect(s.hoursStatus).toBeNull();
  });

  it('exposes autoCheckedOut on the sign-up for staff', async () => {
    const id = await openCheckIn(h, 'auto-4', [-26, 2]);
    await h.server.runJobsOnce();
    const s = await h.em().findOneOrFail(ActivitySignUp, { id });
    const res = await h.execute<{
      activity: { signUps: { id: string; autoCheckedOut: boolean }[] };
    }>(`query($id: ID!) { activity(id: $id) { signUps { id autoCheckedOut hoursStatus } } }`, { id: s.activityId }, actors.officer('off-1'));
    expect(res.errors).toBeUndefined();
    expect(res.data!.activity.signUps).toEqual([{ id, autoCheckedOut: true, hoursStatus: 'PENDING' }]);
  });
});
