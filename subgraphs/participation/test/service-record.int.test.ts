import { actors } from '../../../tests/harness/actors';
import { startSubgraph } from '../../../tests/harness/subgraph-harness';
import type { SubgraphHarness } from '../../../tests/harness/subgraph-harness';
import { participation } from '..';
import { HoursStatus } from '../activity/activity-enums';
import { ActivitySignUp } from '../activity/activity-sign-up.entity';
import type { Activity } from '../activity/activity.entity';
import type { Volunteer } from '../volunteer/volunteer.entity';
import { makeActivity, makeVolunteer } from './volunteer-fixtures';

const RECORD = `{ myServiceRecord { volunteerName totalHours entryCount truncated csv
  entries { organizer activityTitle kind date hours } } }`;

type Record_ = {
  myServiceRecord: {
    volunteerName: string;
    totalHours: number;
    entryCount: number;
    truncated: boolean;
    csv: string;
    entries: {
      organizer: string;
      activityTitle: string;
      kind: string;
      date: string;
      hours: number;
    }[];
  };
};

async function served(h: SubgraphHarness, v: Volunteer, a: Activity, hours: number, status: HoursStatus) {
  const em = h.em();
  em.create(ActivitySignUp, {
    activityId: a.id,
    volunteerId: v.id,
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    checkedInAt: a.startsAt,
    checkedOutAt: a.endsAt,
    hours,
    hoursStatus: status,
  });
  await em.flush();
}

describe('志愿服务记录: a volunteer’s record of service (integration)', () => {
  let h: SubgraphHarness;
  let older: Activity;
  let newer: Activity;
  beforeAll(async () => {
    h = await startSubgraph(participation, { seeded: true });
    const me = await makeVolunteer(h, 'record-1');
    const other = await makeVolunteer(h, 'record-2');
    older = await makeActivity(h, 5, -72, -70);
    newer = await makeActivity(h, 5, -30, -27);
    const pending = await makeActivity(h, 5, -10, -8);
    await served(h, me, older, 2, HoursStatus.APPROVED);
    await served(h, me, newer, 2.5, HoursStatus.APPROVED);
    await served(h, me, pending, 2, HoursStatus.PENDING);
    await served(h, other, pending, 2, HoursStatus.APPROVED);
  });
  afterAll(() => h.stop());

  const day = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

  it('lists only the caller’s APPROVED entries, latest first, with the default organiser and total', async () => {
    const res = await h.execute<Record_>(RECORD, {}, actors.volunteer('record-1'));
    expect(res.errors).toBeUndefined();
    const r = res.data!.myServiceRecord;
    expect(r).toMatchObject({
      volunteerName: '张志愿',
      totalHours: 4.5,
      entryCount: 2,
      truncated: false,
    });
    expect(r.entries).toEqual([
      {
        organizer: '兰溪市综合行政执法局',
        activityTitle: '人民路文明劝导',
        kind: 'CIVILITY_PERSUASION',
        date: day(newer.startsAt),
        hours: 2.5,
      },
      {
        organizer: '兰溪市综合行政执法局',
        activityTitle: '人民路文明劝导',
        kind: 'CIVILITY_PERSUASION',
        date: day(older.startsAt),
        hours: 2,
      },
    ]);
  });

  it('offers the same content as CSV with a Chinese header and a total row', async () => {
    const res = await h.execute<Record_>(RECORD, {}, actors.volunteer('record-1'));
    expect(res.data!.myServiceRecord.csv.split('\r\n')).toEqual([
      '志愿者姓名,组织单位,活动名称,活动类型,服务日期,认定时长（小时）',
      `张志愿,兰溪市综合行政执法局,人民路文明劝导,文明劝导,${day(newer.startsAt)},2.5`,
      `张志愿,兰溪市综合行政执法局,人民路文明劝导,文明劝导,${day(older.startsAt)},2`,
      '张志愿,,合计,,,4.5',
      '',
    ]);
  });

  it('refuses an officer with FORBIDDEN and changes nothing', async () => {
    const before = await h.em().count(ActivitySignUp, {});
    const res = await h.execute(RECORD, {}, actors.officer('off-1'));
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(res.data).toBeNull();
    expect(await h.em().count(ActivitySignUp, {})).toBe(before);
  });

  it('answers NOT_FOUND to a VOLUNTEER caller who never registered', async () => {
    const res = await h.execute(RECORD, {}, actors.volunteer('never-registered'));
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      entity: 'Volunteer',
    });
  });
});
