import { registerEnumType } from 'type-graphql';

export enum PointReason {
  VOLUNTEER_HOURS = 'VOLUNTEER_HOURS',
  VALID_REPORT = 'VALID_REPORT',
  REDEMPTION = 'REDEMPTION',
  ADJUSTMENT = 'ADJUSTMENT',
}

registerEnumType(PointReason, {
  name: 'PointReason',
  description: '积分来源 — why points were added or taken',
  valuesConfig: {
    VOLUNTEER_HOURS: {
      description: '志愿服务时长 — approved volunteer hours (10 points per hour)',
    },
    VALID_REPORT: { description: '有效随手拍 — a report of the volunteer that was resolved' },
    REDEMPTION: { description: '积分兑换 — points spent on a reward' },
    ADJUSTMENT: { description: '积分调整 — granted or deducted by an ADMIN or SUPERVISOR with a written reason (a correction, a prize)' },
  },
});

/** 积分规则 */
export const POINTS_PER_HOUR = 10;
export const POINTS_PER_VALID_REPORT = 5;

export function pointsForHours(hours: number): number {
  return Math.round(hours * POINTS_PER_HOUR);
}
