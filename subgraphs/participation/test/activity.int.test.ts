import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { ActivitySignUp } from '../activity/activity-sign-up.entity';
import { Activity } from '../activity/activity.entity';
import { PointEntry } from '../points/point-entry.entity';
import { VolunteerStatus } from '../volunteer/volunteer-enums';
import { CHECK_IN, CHECK_OUT, makeActivity, makeVolunteer, REVIEW, SIGN_UP } from './volunteer-fixtures';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { activity { id kind capacity signedUpCount grid { code } } } }`;

describe('volunteer activities: sign-up, attendance, hours (integration)', () => {
  let h: SubgraphHarness;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: false });
  });
  afterAll(() => h.stop());

  const activityInput = {
    kind: 'SCHOOL_SAFETY',
    title: '实验小学护学岗',
    description: '上学高峰时段在校门口维护秩序',
    gridCode: 'LX-YS-02',
    location: '实验小学南门',
    startsAt: '2026-12-01T07:00:00Z',
    endsAt: '2026-12-01T08:30:00Z',
    capacity: 6,
  };

  it('lets an officer publish an activity in a grid cell', async () => {
    const res = await h.execute(CREATE, { input: activityInput }, actors.officer('off-1'));
    expect(res.data!.createActivity).toMatchObject({
      activity: {
        kind: 'SCHOOL_SAFETY',
        capacity: 6,
        signedUpCount: 0,
        grid: { code: 'LX-YS-02' },
      },
    });
  });

  it('refuses an activity ending before it starts with BAD_USER_INPUT on input.endsAt', async () => {
    const before = await h.em().count(Activity, {});
    const res = await h.execute(CREATE, { input: { ...activityInput, endsAt: '2026-12-01T06:00:00Z' } }, actors.admin());
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.endsAt',
    });
    expect(await h.em().count(Activity, {})).toBe(before);
  });

  it('refuses volunteers publishing activities with FORBIDDEN', async () => {
    const res = await h.execute(CREATE, { input: activityInput }, actors.volunteer('v-pub'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives exactly 3 of 10 simultaneous sign-ups the 3 places and refuses the rest with CONFLICT', async () => {
    const a = await makeActivity(h, 3, 24, 26);
    for (let i = 0; i < 10; i += 1) {
      await makeVolunteer(h, `v-race-${i}`);
    }
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => h.execute(SIGN_UP, { input: { activityId: a.id } }, actors.volunteer(`v-race-${i}`))),
    );
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(3);
    expect(refused.map((r) => r.errors![0].extensions!.code)).toEqual(Array(7).fill('CONFLICT'));
    expect((await h.em().findOneOrFail(Activity, { id: a.id })).signedUpCount).toBe(3);
    expect(await h.em().count(ActivitySignUp, { activityId: a.id })).toBe(3);
  });

  it('refuses a volunteer who is not ACTIVE with FORBIDDEN', async () => {
    const a = await makeActivity(h, 5, 30, 32);
    await makeVolunteer(h, 'v-pending', VolunteerStatus.PENDING);
    const res = await h.execute(SIGN_UP, { input: { activityId: a.id } }, actors.volunteer('v-pending'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(Activity, { id: a.id })).signedUpCount).toBe(0);
  });

  it('refuses a sign-up overlapping another one of the same volunteer with CONFLICT', async () => {
    const first = await makeActivity(h, 5, 40, 42);
    const clash = await makeActivity(h, 5, 41, 43);
    const after = await makeActivity(h, 5, 42, 44);
    await makeVolunteer(h, 'v-overlap');
    const as = actors.volunteer('v-overlap');
    expect((await h.execute(SIGN_UP, { input: { activityId: first.id } }, as)).errors).toBeUndefined();
    const res = await h.execute(SIGN_UP, { input: { activityId: clash.id } }, as);
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      clashingActivityId: first.id,
    });
    expect((await h.execute(SIGN_UP, { input: { activityId: after.id } }, as)).errors).toBeUndefined();
    expect((await h.em().findOneOrFail(Activity, { id: clash.id })).signedUpCount).toBe(0);
  });

  it('checks in and out, then grants 10 points per approved hour, once', async () => {
    const a = await makeActivity(h, 5, -3, 1);
    const v = await makeVolunteer(h, 'v-hours');
    const as = actors.volunteer('v-hours');
    const signUp = (await h.execute<{ signUpForActivity: { signUp: { id: string } } }>(SIGN_UP, { input: { activityId: a.id } }, as)).data!.signUpForActivity
      .signUp;
    expect((await h.execute(CHECK_IN, { input: { signUpId: signUp.id } }, as)).errors).toBeUndefined();
    await h.em().nativeUpdate(ActivitySignUp, { id: signUp.id }, { checkedInAt: new Date(Date.now() - 2.1 * 3600_000) });
    const out = await h.execute(CHECK_OUT, { input: { signUpId: signUp.id } }, as);
    expect(out.data).toEqual({
      checkOutOfActivity: { signUp: { id: signUp.id, hours: 2, hoursStatus: 'PENDING' } },
    });
    const review = await h.execute(REVIEW, { input: { signUpId: signUp.id, approve: true } }, actors.officer('off-1'));
    expect(review.data).toEqual({
      reviewVolunteerHours: { signUp: { id: signUp.id, hoursStatus: 'APPROVED' } },
    });
    const again = await h.execute(REVIEW, { input: { signUpId: signUp.id, approve: true } }, actors.officer('off-1'));
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    const entries = await h.em().find(PointEntry, { volunteerId: v.id });
    expect(entries.map((e) => [e.amount, e.reason, e.sourceId])).toEqual([[20, 'VOLUNTEER_HOURS', signUp.id]]);
  });

  it('declines hours only with a note, without points', async () => {
    const a = await makeActivity(h, 5, -1, 1);
    const v = await makeVolunteer(h, 'v-decline');
    const as = actors.volunteer('v-decline');
    const id = (await h.execute<{ signUpForActivity: { signUp: { id: string } } }>(SIGN_UP, { input: { activityId: a.id } }, as)).data!.signUpForActivity.signUp
      .id;
    await h.execute(CHECK_IN, { input: { signUpId: id } }, as);
    await h.execute(CHECK_OUT, { input: { signUpId: id } }, as);
    const noNote = await h.execute(REVIEW, { input: { signUpId: id, approve: false } }, actors.officer('off-1'));
    expect(noNote.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.note',
    });
    const res = await h.execute(REVIEW, { input: { signUpId: id, approve: false, note: '未按时到岗' } }, actors.officer('off-1'));
    expect(res.data).toEqual({ reviewVolunteerHours: { signUp: { id, hoursStatus: 'DECLINED' } } });
    expect(await h.em().count(PointEntry, { volunteerId: v.id })).toBe(0);
  });

  it('refuses check-in by another volunteer with FORBIDDEN', async () => {
    const a = await makeActivity(h, 5, -1, 1);
    await makeVolunteer(h, 'v-own');
    await makeVolunteer(h, 'v-intruder');
    const id = (await h.execute<{ signUpForActivity: { signUp: { id: string } } }>(SIGN_UP, { input: { activityId: a.id } }, actors.volunteer('v-own'))).data!
      .signUpForActivity.signUp.id;
    const res = await h.execute(CHECK_IN, { input: { signUpId: id } }, actors.volunteer('v-intruder'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.em().findOneOrFail(ActivitySignUp, { id })).checkedInAt).toBeNull();
  });

  it("lists the sign-ups of an activity for staff and the caller's own sign-ups for a volunteer", async () => {
    const a = await makeActivity(h, 4, 60, 62);
    await makeVolunteer(h, 'v-list');
    await h.execute(SIGN_UP, { input: { activityId: a.id } }, actors.volunteer('v-list'));
    const q = `query($id: ID!) { activity(id: $id) { signedUpCount signUps { volunteer { name phone } activity { id } } } }`;
    const staff = await h.execute(q, { id: a.id }, actors.officer('off-1'));
    expect(staff.data).toEqual({
      activity: {
        signedUpCount: 1,
        signUps: [{ volunteer: { name: '张**', phone: '139****0001' }, activity: { id: a.id } }],
      },
    });
    const mine = await h.execute<{
      mySignUps: { edges: { node: { activity: { id: string } } }[] };
    }>(`query { mySignUps(first: 10) { edges { node { activity { id } } } } }`, {}, actors.volunteer('v-list'));
    expect(mine.data!.mySignUps.edges.map((e) => e.node.activity.id)).toEqual([a.id]);
    const publicView = await h.execute<{ activity: { signUps: unknown[] } }>(q, { id: a.id });
    expect(publicView.data!.activity.signUps).toEqual([]);
  });
});
