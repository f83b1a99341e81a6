import { STATUTORY_THRESHOLDS } from '../thresholds/thresholds-rules';
import { hearingNoticeFor } from './hearing-notice';
import { PenaltyMeasure as M } from './penalty-measure';

const at = new Date('2026-11-23T02:00:00Z');
const large = STATUTORY_THRESHOLDS.largeFineYuan;

describe('hearing notice before a large fine (听证告知, 《行政处罚法》第六十三、六十四条)', () => {
  it('is recorded for a person from ¥5,000, with 5 days to request a hearing', () => {
    expect(hearingNoticeFor({ party: 'person', fineYuan: 5_000 }, at, large)).toEqual({ noticeAt: at, requestBy: new Date('2026-11-28T02:00:00Z') });
    expect(hearingNoticeFor({ party: 'person', fineYuan: 4_999 }, at, large)).toBeNull();
  });

  it('is recorded for an organisation from ¥50,000', () => {
    expect(hearingNoticeFor({ party: 'organisation', fineYuan: 49_999 }, at, large)).toBeNull();
    expect(hearingNoticeFor({ party: 'organisation', fineYuan: 50_000 }, at, large)?.requestBy).toEqual(new Date('2026-11-28T02:00:00Z'));
  });

  it('follows the large amount the bureau configured, not a constant', () => {
    expect(hearingNoticeFor({ party: 'person', fineYuan: 3_000 }, at, { person: 3_000, organisation: 30_000 })).not.toBeNull();
  });

  it('is recorded for a licence suspension, revocation or closure whatever the fine, and for a confiscation of a large amount', () => {
    for (const m of [M.SUSPEND_LICENCE, M.REVOKE_LICENCE, M.ORDER_CLOSURE]) {
      expect(hearingNoticeFor({ party: 'organisation', fineYuan: 1_000, measures: [m] }, at, large)).not.toBeNull();
    }
    expect(hearingNoticeFor({ party: 'person', fineYuan: 500, measures: [M.CONFISCATE_ILLEGAL_GAINS], confiscatedValueYuan: 4_999 }, at, large)).toBeNull();
    expect(
      hearingNoticeFor({ party: 'person', fineYuan: 500, measures: [M.CONFISCATE_ILLEGAL_PROPERTY], confiscatedValueYuan: 5_000 }, at, large),
    ).not.toBeNull();
  });
});
