import { CONFISCATIONS, PenaltyMeasure } from './penalty-measure';

/**
 * 听证告知 (《行政处罚法》第六十三、六十四条): before a large fine (较大数额罚款), a confiscation of a large amount or
 * value, a suspension or revocation of a licence or an order to close, the party is told of the right to a hearing and
 * may request one within 5 days. The large amounts are the bureau's thresholds in force (enforcementThresholds).
 */
export const HEARING_REQUEST_DAYS = 5;

export interface HearingNotice {
  noticeAt: Date;
  requestBy: Date;
}

export interface HearingFacts {
  party: 'person' | 'organisation';
  fineYuan: number;
  measures?: readonly PenaltyMeasure[];
  confiscatedValueYuan?: number | null;
}

const ALWAYS_HEARD: readonly PenaltyMeasure[] = [PenaltyMeasure.SUSPEND_LICENCE, PenaltyMeasure.REVOKE_LICENCE, PenaltyMeasure.ORDER_CLOSURE];

export function hearingNoticeFor(f: HearingFacts, at: Date, largeFineYuan: { person: number; organisation: number }): HearingNotice | null {
  const measures = f.measures ?? [];
  const large = largeFineYuan[f.party];
  const heard =
    f.fineYuan >= large ||
    measures.some((m) => ALWAYS_HEARD.includes(m)) ||
    (measures.some((m) => CONFISCATIONS.includes(m)) && (f.confiscatedValueYuan ?? 0) >= large);
  return heard ? { noticeAt: at, requestBy: new Date(at.getTime() + HEARING_REQUEST_DAYS * 24 * 3600 * 1000) } : null;
}
