import { ActivityKind } from '../activity/activity-enums';
import { beijingDate, csvCell, serviceRecordCsv } from './service-record-csv';

describe('serviceRecordCsv', () => {
  it('writes a Chinese header, one row per entry and a total row', () => {
    const csv = serviceRecordCsv(
      '张志愿',
      [
        {
          organizer: '兰溪市综合行政执法局',
          activityTitle: '人民路文明劝导',
          kind: ActivityKind.CIVILITY_PERSUASION,
          date: '2026-11-01',
          hours: 2.5,
        },
      ],
      2.5,
    );
    expect(csv).toBe(
      '志愿者姓名,组织单位,活动名称,活动类型,服务日期,认定时长（小时）\r\n' +
        '张志愿,兰溪市综合行政执法局,人民路文明劝导,文明劝导,2026-11-01,2.5\r\n' +
        '张志愿,,合计,,,2.5\r\n',
    );
  });
});

describe('csvCell', () => {
  it('quotes commas and doubles quotes', () => {
    expect(csvCell('护学岗,"南门"')).toBe('"护学岗,""南门"""');
  });

  it('neutralises a leading formula character', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
  });
});

describe('beijingDate', () => {
  it('uses the Beijing calendar day', () => {
    expect(beijingDate(new Date('2026-11-01T17:00:00Z'))).toBe('2026-11-02');
  });
});
