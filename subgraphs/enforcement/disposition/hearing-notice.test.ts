import { hearingNoticeFor } from './hearing-notice';

const at = new Date('2026-11-23T02:00:00Z');

describe('hearing notice before a large fine (听证告知)', () => {
  it('is recorded for a person from ¥5,000, with 5 days to request a hearing', () => {
    expect(hearingNoticeFor('person', 5_000, at)).toEqual({ noticeAt: at, requestBy: new Date('2026-11-28T02:00:00Z') });
    expect(hearingNoticeFor('person', 4_999, at)).toBeNull();
  });

  it('is recorded for an organisation from ¥50,000', () => {
    expect(hearingNoticeFor('organisation', 49_999, at)).toBeNull();
    expect(hearingNoticeFor('organisation', 50_000, at)?.requestBy).toEqual(new Date('2026-11-28T02:00:00Z'));
  });
});
