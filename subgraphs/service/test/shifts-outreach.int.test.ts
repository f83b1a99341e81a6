import { randomUUID } from 'node:crypto';

import { chinaDate } from '../../../kernel/time/china-time';
import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { service } from '..';
import { GuideShift } from '../guide-shift/guide-shift.entity';
import { makeZone } from './stall-fixtures';

const SHIFT = `mutation($input: ScheduleGuideShiftInput!) { scheduleGuideShift(input: $input) { shift { id } } }`;
const EVENT = `mutation($input: ScheduleOutreachEventInput!) { scheduleOutreachEvent(input: $input) { event { id } } }`;
const ATTEND = `mutation($input: RecordOutreachAttendanceInput!) { recordOutreachAttendance(input: $input) { event { attendance } } }`;
const WORK = `query($reps: [_Any!]!, $period: ServicePeriodInput!) { _entities(representations: $reps) { ... on Officer { serviceWork(period: $period) { visits guideShifts outreachEvents } } } }`;
const SPLIT = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on WorkMix { split { guideShifts outreachEvents outreachAttendance shares { kind items } } } } }`;

describe('guide shifts and outreach count as service work (integration)', () => {
  let h: SubgraphHarness;
  const squad = randomUUID();
  const officerId = randomUUID();
  const officer = actors.officer(officerId, squad);
  const yesterday = chinaDate(new Date(Date.now() - 86_400_000));
  const period = { from: new Date(Date.now() - 3 * 86_400_000).toISOString(), to: new Date().toISOString() };

  beforeAll(async () => {
    h = await startSubgraph(service, { seeded: false });
  });
  afterAll(() => h.stop());

  it("counts the officer's guide shift and outreach event in serviceWork and in the squad's 721 split", async () => {
    const zone = await makeZone(h, squad, 1);
    const shift = await h.execute(
      SHIFT,
      {
        input: {
          zoneId: zone.id,
          startsAt: `${yesterday}T18:00:00+08:00`,
          endsAt: `${yesterday}T20:00:00+08:00`,
          guideOfficerId: officerId,
          volunteersNeeded: 0,
        },
      },
      officer,
    );
    expect(shift.errors).toBeUndefined();
    const startsAt = new Date(Date.now() - 2 * 3_600_000);
    const event = await h.execute<{ scheduleOutreachEvent: { event: { id: string } } }>(
      EVENT,
      {
        input: {
          kind: 'COMMUNITY_TALK',
          title: '门前三包宣讲',
          venue: '社区服务中心',
          gridCode: 'LX-LJ-02',
          startsAt: startsAt.toISOString(),
          endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
        },
      },
      officer,
    );
    const attended = await h.execute(ATTEND, { input: { eventId: event.data!.scheduleOutreachEvent.event.id, attendance: 42 } }, officer);
    expect(attended.data).toEqual({ recordOutreachAttendance: { event: { attendance: 42 } } });

    const work = await h.execute<{ _entities: { serviceWork: unknown }[] }>(
      WORK,
      { reps: [{ __typename: 'Officer', id: officerId }], period },
      actors.supervisor('sup', squad),
    );
    expect(work.data!._entities[0].serviceWork).toEqual({ visits: 0, guideShifts: 1, outreachEvents: 1 });

    const mix = {
      __typename: 'WorkMix',
      id: 'x',
      from: period.from,
      to: period.to,
      coveredUnitIds: [squad],
      serviceDispositions: 0,
      warnings: 1,
      rectificationNotices: 0,
      penalties: 0,
    };
    const split = await h.execute<{ _entities: { split: unknown }[] }>(SPLIT, { reps: [mix] }, actors.supervisor('sup', squad));
    expect(split.errors).toBeUndefined();
    expect(split.data!._entities[0].split).toEqual({
      guideShifts: 1,
      outreachEvents: 1,
      outreachAttendance: 42,
      shares: [
        { kind: 'SERVICE', items: 2 },
        { kind: 'MANAGEMENT', items: 1 },
        { kind: 'ENFORCEMENT', items: 0 },
      ],
    });
  });

  it('refuses a shift outside the opening hours with BAD_USER_INPUT and writes nothing', async () => {
    const zone = await makeZone(h, squad, 1);
    const res = await h.execute(
      SHIFT,
      { input: { zoneId: zone.id, startsAt: `${yesterday}T10:00:00+08:00`, endsAt: `${yesterday}T12:00:00+08:00`, volunteersNeeded: 0 } },
      officer,
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
    expect(await h.em().count(GuideShift, { zoneId: zone.id })).toBe(0);
  });
});
