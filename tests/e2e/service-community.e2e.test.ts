import {
  AnswerCommunityOpinionDocument,
  CommunityContactCardDocument,
  CommunityOpinionsDocument,
  CreateVolunteerActivityDocument,
  FormCommitteeDocument,
  GuideShiftsDocument,
  OfficerCommunityAssessmentDocument,
  OutreachEventsDocument,
  RateCommunityPostDocument,
  RecordOutreachAttendanceDocument,
  ScheduleGuideShiftDocument,
  ScheduleOutreachEventDocument,
  StaffServicePointDocument,
  SubmitCommunityOpinionDocument,
  ZoneCommitteeDocument,
} from '../__generated__/graphql';
import { demoOfficerId } from '../../kernel/demo/demo-roster';
import { seedId } from '../../kernel/db/seed-id';
import { chinaDate } from '../../kernel/time/china-time';
import { execute } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/**
 * What a citizen, a vendor and a squad see of the service subgraph's community work, through the gateway: the night
 * market's committee and duty roster, guide shifts staffed by volunteers of a participation activity, a community's
 * contact card and opinion box, and outreach with attendance.
 */
describe('committees, guide shifts, community posts and outreach, through the gateway', () => {
  let stack: Stack;
  const night = seedId('vending-zone', 'lanjiang-night');
  const lanjiang = seedId('unit', 'lanjiang');
  const lanjiangOfficer = demoOfficerId(6); // the roster's first officer of 兰江中队

  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());

  it("shows an anonymous vendor the night market's committee with names from enforcement and who is on duty each day", async () => {
    const res = await execute(stack.gatewayUrl, ZoneCommitteeDocument, { id: night, days: 10 });
    expect(res.errors).toBeUndefined();
    const committee = res.data!.vendingZone.committee!;
    expect(committee).toMatchObject({ name: '兰江夜市商户自治委员会', chair: { id: seedId('merchant', 'm-0-0'), name: expect.any(String) } });
    expect(committee.members.map((m) => m.seat)).toEqual([1, 2, 3, 4, 5]);
    const onDuty = committee.dutyRoster.map((d) => d.merchant!.id);
    expect(new Set(onDuty.slice(0, 5)).size).toBe(5); // five members take turns
    expect(onDuty.slice(5)).toEqual(onDuty.slice(0, 5));
    expect(committee.dutyRoster[0].merchant!.name.length).toBeGreaterThan(0);
  });

  it('refuses a committee member who holds no stall in the zone, with BAD_USER_INPUT on the member list', async () => {
    const staff = await tokenFor('OFFICER', lanjiangOfficer, { unit: lanjiang });
    const members = ['m-0-0', 'm-0-1', 'm-9-0'].map((k) => seedId('merchant', k));
    const res = await execute(
      stack.gatewayUrl,
      FormCommitteeDocument,
      {
        input: { zoneId: night, name: '兰江夜市第二委员会', memberMerchantIds: members, chairMerchantId: members[0], rosterStartsOn: chinaDate() },
      },
      { token: staff },
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.memberMerchantIds' });
  });

  it('staffs a guide shift and a service point with volunteers of a participation activity; the public sees the guide and the places', async () => {
    const staff = await tokenFor('OFFICER', lanjiangOfficer, { unit: lanjiang });
    const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const [startsAt, endsAt] = [`${day}T19:00:00+08:00`, `${day}T21:00:00+08:00`];
    const activity = await execute(
      stack.gatewayUrl,
      CreateVolunteerActivityDocument,
      {
        input: {
          kind: 'CIVILITY_PERSUASION',
          title: '兰江夜市摊位引导',
          description: '协助引导员把流动摊贩引导进夜市',
          gridCode: 'LX-LJ-02',
          location: '兰江夜市入口',
          startsAt,
          endsAt,
          capacity: 4,
        },
      },
      { token: staff },
    );
    expect(activity.errors).toBeUndefined();
    const activityId = activity.data!.createActivity.activity.id;
    const shift = await execute(
      stack.gatewayUrl,
      ScheduleGuideShiftDocument,
      { input: { zoneId: night, startsAt, endsAt, guideOfficerId: lanjiangOfficer, volunteersNeeded: 4, activityId } },
      { token: staff },
    );
    expect(shift.errors).toBeUndefined();
    const closed = await execute(
      stack.gatewayUrl,
      ScheduleGuideShiftDocument,
      { input: { zoneId: night, startsAt: `${day}T15:00:00+08:00`, endsAt: `${day}T17:00:00+08:00`, volunteersNeeded: 0 } },
      { token: staff },
    );
    expect(closed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });

    const point = await execute(
      stack.gatewayUrl,
      StaffServicePointDocument,
      { input: { servicePointId: seedId('service-point', 'lanjiang-riverside'), activityId } },
      { token: staff },
    );
    expect(point.errors).toBeUndefined();
    expect(point.data!.staffServicePoint.servicePoint.volunteerActivity).toEqual({ id: activityId, title: '兰江夜市摊位引导', capacity: 4, signedUpCount: 0 });

    const list = await execute(stack.gatewayUrl, GuideShiftsDocument, { zoneId: night, from: `${day}T00:00:00+08:00`, first: 5 });
    expect(list.errors).toBeUndefined();
    const ours = list.data!.guideShifts.edges.map((e) => e.node).find((n) => n.id === shift.data!.scheduleGuideShift.shift.id);
    expect(ours).toMatchObject({
      volunteersNeeded: 4,
      guide: { id: lanjiangOfficer, name: expect.any(String) },
      activity: { id: activityId, title: '兰江夜市摊位引导', capacity: 4, signedUpCount: 0 },
      zone: { name: '兰江夜市' },
    });
  });

  it("gives a resident the community's contact card anonymously; an opinion left there is answered once by the post", async () => {
    const card = await execute(stack.gatewayUrl, CommunityContactCardDocument, { gridCode: 'LX-LJ-01' });
    expect(card.errors).toBeUndefined();
    const post = card.data!.communityContactCard;
    expect(post).toMatchObject({
      workPhone: expect.stringMatching(/^0579-/),
      officer: { name: expect.any(String), badgeNumber: expect.any(String) },
      opinionBox: { received: 3, answered: 2 },
    });
    const left = await execute(stack.gatewayUrl, SubmitCommunityOpinionDocument, { input: { postId: post.id, text: '菜场门口早上堵，希望多巡查' } });
    expect(left.errors).toBeUndefined();
    const hidden = await execute(stack.gatewayUrl, CommunityOpinionsDocument, { gridCode: 'LX-LJ-01', first: 5 });
    expect(hidden.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });

    const officer = await tokenFor('OFFICER', post.officer.id, { unit: lanjiang });
    const input = { opinionId: left.data!.submitCommunityOpinion.opinion.id, answer: '已安排早高峰巡查并引导摊贩入早市' };
    expect((await execute(stack.gatewayUrl, AnswerCommunityOpinionDocument, { input }, { token: officer })).errors).toBeUndefined();
    const twice = await execute(stack.gatewayUrl, AnswerCommunityOpinionDocument, { input }, { token: officer });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.opinionId' });
    const after = await execute(stack.gatewayUrl, CommunityContactCardDocument, { gridCode: 'LX-LJ-01' });
    expect(after.data!.communityContactCard.opinionBox).toEqual({ received: 4, answered: 3 });
  });

  it('refuses a resident’s sixth opinion within 10 minutes with RATE_LIMITED and stores nothing of it', async () => {
    const card = await execute(stack.gatewayUrl, CommunityContactCardDocument, { gridCode: 'LX-LJ-01' });
    const post = card.data!.communityContactCard;
    const resident = await tokenFor('CITIZEN', 'resident-flooding-the-box');
    for (let i = 1; i <= 5; i += 1) {
      const ok = await execute(stack.gatewayUrl, SubmitCommunityOpinionDocument, { input: { postId: post.id, text: `第${i}条意见` } }, { token: resident });
      expect(ok.errors).toBeUndefined();
    }
    const sixth = await execute(stack.gatewayUrl, SubmitCommunityOpinionDocument, { input: { postId: post.id, text: '第6条意见' } }, { token: resident });
    expect(sixth.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    const after = await execute(stack.gatewayUrl, CommunityContactCardDocument, { gridCode: 'LX-LJ-01' });
    expect(after.data!.communityContactCard.opinionBox.received).toBe(post.opinionBox.received + 5);
  });

  it('records outreach attendance only once the event has started, and lists the squad’s events publicly', async () => {
    const staff = await tokenFor('OFFICER', lanjiangOfficer, { unit: lanjiang });
    const soon = Date.now() + 86_400_000;
    const planned = await execute(
      stack.gatewayUrl,
      ScheduleOutreachEventDocument,
      {
        input: {
          kind: 'SCHOOL_CLASS',
          title: '我是小小城管员',
          venue: '兰江小学',
          gridCode: 'LX-LJ-03',
          startsAt: new Date(soon).toISOString(),
          endsAt: new Date(soon + 5_400_000).toISOString(),
        },
      },
      { token: staff },
    );
    expect(planned.errors).toBeUndefined();
    const early = await execute(
      stack.gatewayUrl,
      RecordOutreachAttendanceDocument,
      { input: { eventId: planned.data!.scheduleOutreachEvent.event.id, attendance: 45 } },
      { token: staff },
    );
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.eventId' });

    const past = await execute(stack.gatewayUrl, OutreachEventsDocument, { unitId: lanjiang, first: 3 });
    expect(past.errors).toBeUndefined();
    const held = past.data!.outreachEvents.edges.map((e) => e.node);
    expect(held.length).toBe(3);
    expect(held.every((e) => e.unit.id === lanjiang && e.officer.name.length > 0 && e.attendance! >= 30)).toBe(true);
  });

  it('lists 10 and 50 guide shifts, and 10 and 50 outreach events, with their officers and zones in the same number of SQL statements', async () => {
    const count = async (run: () => Promise<{ errors?: unknown }>) => {
      stack.resetSql();
      expect((await run()).errors).toBeUndefined();
      return stack.sqlTotal();
    };
    const from = new Date(Date.now() - 360 * 86_400_000).toISOString(); // the night market has a guide on Saturdays: 50+ shifts
    const shifts = (first: number) => () => execute(stack.gatewayUrl, GuideShiftsDocument, { zoneId: night, from, first });
    expect(await count(shifts(50))).toBe(await count(shifts(10)));
    const events = (first: number) => () => execute(stack.gatewayUrl, OutreachEventsDocument, { first });
    expect(await count(events(50))).toBe(await count(events(10)));
  });

  it("feeds the community post's 双线考核 (residents and squad) into the stationed officer's assessment in training", async () => {
    const card = (await execute(stack.gatewayUrl, CommunityContactCardDocument, { gridCode: 'LX-YS-01' })).data!.communityContactCard;
    expect(card.assessment).toMatchObject({ residentRatings: 3, squadRatings: 1, score: expect.any(Number) });
    const self = await execute(
      stack.gatewayUrl,
      RateCommunityPostDocument,
      { input: { postId: card.id, score: 5 } },
      { token: await tokenFor('OFFICER', card.officer.id) },
    );
    expect(self.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const squad = await execute(
      stack.gatewayUrl,
      RateCommunityPostDocument,
      { input: { postId: card.id, score: 2 } },
      { token: await tokenFor('SUPERVISOR', 'sup-yunshan-2', { unit: seedId('unit', 'yunshan') }) },
    );
    expect(squad.data!.rateCommunityPost.assessment).toMatchObject({ squadRatings: 2, squadAverage: 3 });
    const score = squad.data!.rateCommunityPost.assessment.score!;

    const trainer = await tokenFor('TRAINER', 'trainer-community');
    const res = await execute(
      stack.gatewayUrl,
      OfficerCommunityAssessmentDocument,
      { id: card.officer.id, year: new Date().getFullYear() },
      { token: trainer },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.officer).toMatchObject({ communityScore: score, assessment: { communityScore: score } });
  });
});
