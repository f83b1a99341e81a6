import { registerEnumType } from 'type-graphql';

/** 以劳代罚 settings (configuration data, like the disposition ladder). */
export const LABOR_IN_LIEU = {
  /** ¥ of fine that one hour of community work replaces */
  yuanPerHour: 50,
  /** days the party has to serve the hours before the labor lapses back to the fine */
  deadlineDays: 30,
};

export enum LaborStatus {
  ASSIGNED = 'ASSIGNED',
  FULFILLED = 'FULFILLED',
  LAPSED = 'LAPSED',
}

registerEnumType(LaborStatus, {
  name: 'LaborStatus',
  description: '以劳代罚状态 — state of a labor-in-lieu disposition',
  valuesConfig: {
    ASSIGNED: { description: '执行中 — hours still to serve' },
    FULFILLED: { description: '已履行 — verified hours reached the assigned hours' },
    LAPSED: { description: '已失效 — deadline passed; the fine applies again' },
  },
});

/** Hours that replace a fine: ¥50 an hour by default, rounded up. */
export function laborHoursFor(fineYuan: number, yuanPerHour = LABOR_IN_LIEU.yuanPerHour): number {
  return Math.ceil(fineYuan / yuanPerHour);
}

export interface LaborState {
  laborHours: number;
  laborHoursVerified: number;
  laborStatus: LaborStatus;
  laborDueAt: Date;
}

/** Pure: the state after participation verified `hours` more (only while ASSIGNED and before the deadline). */
export function afterVerifiedHours(state: LaborState, hours: number, at: Date): LaborState {
  if (state.laborStatus !== LaborStatus.ASSIGNED || at > state.laborDueAt) {
    return state;
  }
  const verified = Math.round((state.laborHoursVerified + hours) * 10) / 10;
  return { ...state, laborHoursVerified: verified, laborStatus: verified >= state.laborHours ? LaborStatus.FULFILLED : LaborStatus.ASSIGNED };
}

/** Pure: whether an assigned labor has lapsed at `now`. */
export function hasLapsed(state: Pick<LaborState, 'laborStatus' | 'laborDueAt'>, now: Date): boolean {
  return state.laborStatus === LaborStatus.ASSIGNED && now > state.laborDueAt;
}
