/**
 * 听证告知 (《行政处罚法》第六十三、六十四条): before a large fine (较大数额罚款) the party is told of the right to a
 * hearing and may request one within 5 days. The amounts are configuration (provincial rules set them).
 */
export const LARGE_FINE_YUAN = { person: 5_000, organisation: 50_000 } as const;
export const HEARING_REQUEST_DAYS = 5;

export interface HearingNotice {
  noticeAt: Date;
  requestBy: Date;
}

export function hearingNoticeFor(party: 'person' | 'organisation', fineYuan: number, at: Date): HearingNotice | null {
  if (fineYuan < LARGE_FINE_YUAN[party]) {
    return null;
  }
  return { noticeAt: at, requestBy: new Date(at.getTime() + HEARING_REQUEST_DAYS * 24 * 3600 * 1000) };
}
