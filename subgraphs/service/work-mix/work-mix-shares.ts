import { ratio } from '../../../kernel/stats/ratio';

export enum WorkKind {
  SERVICE = 'SERVICE',
  MANAGEMENT = 'MANAGEMENT',
  ENFORCEMENT = 'ENFORCEMENT',
}

/** 721工作法: 70 % of problems solved by service, 20 % by management, 10 % by enforcement. */
export const TARGET_721: Record<WorkKind, number> = { SERVICE: 0.7, MANAGEMENT: 0.2, ENFORCEMENT: 0.1 };

/** What the service subgraph counts itself. */
export interface ServiceSideCounts {
  visits: number;
  concernsSolvedOnTheSpot: number;
  managementTasks: number;
  stallAllocations: number;
  servicePointDays: number;
  servicePointVisits: number;
  guideShifts: number;
  outreachEvents: number;
  outreachAttendance: number;
}

/** What enforcement counted (passed in through @requires). */
export interface EnforcementSideCounts {
  serviceDispositions: number;
  warnings: number;
  rectificationNotices: number;
  penalties: number;
}

export interface WorkShareRow {
  kind: WorkKind;
  items: number;
  share: number | null;
  target: number;
  gap: number | null;
}

/**
 * What counts as which work (the definitions the schema states): SERVICE = merchant visits + stall allocations +
 * service-point service days (a point open with visitors that day) + stall guide shifts + outreach events held +
 * SERVICE decisions on cases; MANAGEMENT = visit
 * concerns handed on as management tasks + warnings + rectification notices; ENFORCEMENT = penalties (fines and
 * labour in lieu). Concerns solved on the spot, single service-point visits and outreach attendance are shown but are
 * part of a visit, a service day or an event, so they are not counted again. `distance` is ½·Σ|share − target| (0 = exactly 70/20/10, 1 = as far as possible).
 */
export function workSplit(own: ServiceSideCounts, enf: EnforcementSideCounts): { shares: WorkShareRow[]; distance: number | null } {
  const items: Record<WorkKind, number> = {
    SERVICE: own.visits + own.stallAllocations + own.servicePointDays + own.guideShifts + own.outreachEvents + enf.serviceDispositions,
    MANAGEMENT: own.managementTasks + enf.warnings + enf.rectificationNotices,
    ENFORCEMENT: enf.penalties,
  };
  const total = items.SERVICE + items.MANAGEMENT + items.ENFORCEMENT;
  const shares = Object.values(WorkKind).map((kind) => {
    const share = ratio(items[kind], total);
    return { kind, items: items[kind], share, target: TARGET_721[kind], gap: share === null ? null : Math.round((share - TARGET_721[kind]) * 10_000) / 10_000 };
  });
  const distance = total === 0 ? null : Math.round((shares.reduce((sum, s) => sum + Math.abs(s.gap!), 0) / 2) * 10_000) / 10_000;
  return { shares, distance };
}
