import { ratio } from '../../../kernel/stats/ratio';
import { CaseTrack } from '../case/case-enums';
import type { EnforcementStats } from './enforcement-stats.types';

/** One row of the aggregation statement (PostgreSQL returns counts as strings). */
export interface StatsRow {
  total_cases: string | number;
  service: string | number;
  management: string | number;
  enforcement: string | number;
  due_in_period: string | number;
  closed_on_time: string | number;
  closed_in_period: string | number;
  reworked: string | number;
  avg_hours: string | number | null;
  repeats: string | number;
  enforcement_cases: string | number;
  recorded: string | number;
  followed_up: string | number;
  whistles_due: string | number;
  whistles_met: string | number;
}

/** numerator / denominator rounded to 4 places; null when there is nothing to divide by. */
export const rate = ratio;

/** Pure: the aggregation row → the statistics a supervisor reads. */
export function toStats(row: StatsRow, scope: Pick<EnforcementStats, 'from' | 'to' | 'unitId' | 'gridCode'>): EnforcementStats {
  const n = (v: string | number | null) => Number(v ?? 0);
  const tracks = { [CaseTrack.SERVICE]: n(row.service), [CaseTrack.MANAGEMENT]: n(row.management), [CaseTrack.ENFORCEMENT]: n(row.enforcement) };
  const tracked = tracks.SERVICE + tracks.MANAGEMENT + tracks.ENFORCEMENT;
  return {
    ...scope,
    totalCases: n(row.total_cases),
    byTrack: Object.values(CaseTrack).map((track) => ({ track, cases: tracks[track], share: rate(tracks[track], tracked) })),
    dueInPeriod: n(row.due_in_period),
    closedOnTime: n(row.closed_on_time),
    onTimeClosureRate: rate(n(row.closed_on_time), n(row.due_in_period)),
    reworkRate: rate(n(row.reworked), n(row.closed_in_period)),
    averageHandlingHours: row.avg_hours === null ? null : Math.round(Number(row.avg_hours) * 10) / 10,
    repeatViolationRate: rate(n(row.repeats), n(row.total_cases)),
    recordingCoverage: rate(n(row.recorded), n(row.enforcement_cases)),
    followUpRate: rate(n(row.followed_up), n(row.closed_in_period)),
    whistleSlaCompliance: rate(n(row.whistles_met), n(row.whistles_due)),
  };
}
