import { registerEnumType } from 'type-graphql';

export enum WhistleUrgency {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
}

registerEnumType(WhistleUrgency, {
  name: 'WhistleUrgency',
  description: '紧急程度 — urgency of a whistle',
  valuesConfig: {
    NORMAL: { description: '一般 — respond within 24 hours' },
    URGENT: { description: '紧急 — respond within 2 hours' },
  },
});

/** 吹哨报到 SLA in hours. */
export const WHISTLE_SLA_HOURS: Record<WhistleUrgency, number> = { NORMAL: 24, URGENT: 2 };

export function respondBy(blownAt: Date, urgency: WhistleUrgency): Date {
  return new Date(blownAt.getTime() + WHISTLE_SLA_HOURS[urgency] * 3_600_000);
}

/** Breached: answered after the deadline, or still unanswered once it has passed. */
export function isBreached(w: { respondBy: Date; respondedAt?: Date | null }, now: Date): boolean {
  return w.respondedAt ? w.respondedAt > w.respondBy : now > w.respondBy;
}
