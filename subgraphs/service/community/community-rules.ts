import type { RateLimit } from '../../../kernel/rate-limit/rate-limiter';

/**
 * 便民服务联系卡: the card shows a duty line, never an officer's personal mobile — a fixed line (0579-8xxxxxxx) or
 * the hotline 12319. 意见征集: every item gets one answer, from the stationed officer or staff of the squad.
 */
export function isDutyLine(phone: string): boolean {
  return /^0\d{2,3}-?\d{7,8}$/.test(phone) || phone === '12319';
}

/**
 * 意见箱限流: the box is open to anyone, unsigned included, so each client (signed-in subject, else address) may
 * leave at most 5 opinions in 10 minutes — the same bound as anonymous citizen reports (匿名上报限流).
 */
export const COMMUNITY_OPINION_LIMIT: RateLimit = { max: 5, windowSeconds: 600 };

export function answerProblem(item: { answeredAt?: Date | null }): string | null {
  return item.answeredAt ? 'this opinion has already been answered' : null;
}

export enum AssessmentLine {
  RESIDENT = 'RESIDENT',
  SQUAD = 'SQUAD',
}

/**
 * 双线考核 (城管进社区: the stationed officer is assessed by the squad and by the community): a supervisor of the
 * post's squad rates on the squad line, any other signed-in caller as a resident; the stationed officer never
 * rates their own post. Returns the line, or null when the caller may not rate.
 */
export function ratingLine(caller: { subject: string; isSquadSupervisor: boolean }, stationedOfficerId: string): AssessmentLine | null {
  if (caller.subject === stationedOfficerId) {
    return null;
  }
  return caller.isSquadSupervisor ? AssessmentLine.SQUAD : AssessmentLine.RESIDENT;
}

/** Each line's average (1–5) on 0–100, the score their mean; null unless both lines have rated (双线 = both). */
export function dualLineScore(residentAverage: number | null, squadAverage: number | null): number | null {
  if (residentAverage === null || squadAverage === null) {
    return null;
  }
  return Math.round(((residentAverage + squadAverage) / 2) * 20 * 10) / 10;
}
