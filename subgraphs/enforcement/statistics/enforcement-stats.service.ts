import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { splitIntoChinaDays } from '../../../kernel/time/china-time';
import type { EnforcementStats, StatsPeriodInput } from './enforcement-stats.types';
import { toStats } from './stats-rates';
import type { StatsRow } from './stats-rates';

interface Scope {
  unit: string | null;
  grid: string | null;
}

/**
 * The scope predicate on `case` c: the unit subtree (recursive CTE `scope_units`) and/or one grid cell; nothing
 * for the whole bureau. Built per call so that each variant gets its own plan on its own index.
 */
function inScope(scope: Scope): string {
  return [scope.unit ? 'c.unit_id in (select id from scope_units)' : '', scope.grid ? 'c.grid_cell_code = p.grid' : ''].filter(Boolean).join(' and ') || 'true';
}

/**
 * One statement: the whole days of the period summed from the trigger-kept `case_day_stats`, the partial edge
 * days counted from `case` (sargable ranges on covering indexes), whistles from their own index. Exact: every
 * figure is a count or numeric sum over the same rows the plain definition counts (the average is sum / count).
 */
export function statsSql(scope: Scope): string {
  const edge = (column: string) =>
    `((c.${column} >= p.e1_from and c.${column} < p.e1_to) or (c.${column} >= p.e2_from and c.${column} < p.e2_to)) and ${inScope(scope)}`;
  const rollScope =
    [scope.unit ? 's.unit_id in (select id from scope_units)' : '', scope.grid ? 's.grid_cell_code = p.grid' : ''].filter(Boolean).join(' and ') || 'true';
  const counters = [
    'occurred',
    'service',
    'management',
    'enforcement',
    'repeats',
    'recorded',
    'due',
    'closed_on_time',
    'closed',
    'reworked',
    'handled',
    'followed_up',
  ];
  const plus = (name: string, raw: string) => `coalesce(${raw}, 0) + roll.${name}`;
  return `
with recursive p as (
  select ?::uuid as unit, ?::text as grid, ?::timestamptz as from_at, ?::timestamptz as to_at,
         ?::timestamptz as e1_from, ?::timestamptz as e1_to, ?::timestamptz as e2_from, ?::timestamptz as e2_to, ?::date as d1, ?::date as d2
), scope_units as (
  select u.id from enforcement.unit u, p where u.id = p.unit
  union all
  select u.id from enforcement.unit u join scope_units s on u.parent_id = s.id
), roll as (
  select ${counters.map((c) => `coalesce(sum(s.${c}), 0) as ${c}`).join(', ')}, coalesce(sum(s.handled_hours), 0) as handled_hours
    from enforcement.case_day_stats s, p where s.day >= p.d1 and s.day < p.d2 and ${rollScope}
), occ as (
  select count(*) as total_cases,
         count(*) filter (where c.track = 'SERVICE') as service,
         count(*) filter (where c.track = 'MANAGEMENT') as management,
         count(*) filter (where c.track = 'ENFORCEMENT') as enforcement,
         count(*) filter (where c.is_repeat) as repeats,
         count(*) filter (where c.track = 'ENFORCEMENT' and c.has_recording) as recorded
    from enforcement."case" c, p where ${edge('occurred_at')}
), due as (
  select count(*) as due_in_period, count(*) filter (where c.closed_at is not null and c.closed_at <= c.due_at) as closed_on_time
    from enforcement."case" c, p where ${edge('due_at')}
), closed as (
  select count(*) as closed_in_period,
         count(*) filter (where c.rework_count > 0) as reworked,
         count(*) filter (where c.filed_at is not null) as handled,
         sum(extract(epoch from c.closed_at - c.filed_at) / 3600) filter (where c.filed_at is not null) as handled_hours,
         count(*) filter (where c.followed_up_at is not null) as followed_up
    from enforcement."case" c, p where ${edge('closed_at')}
), w as (
  select count(*) as whistles_due, count(*) filter (where w.responded_at is not null and w.responded_at <= w.respond_by) as whistles_met
    from enforcement.whistle w join enforcement."case" c on c.id = w.case_id, p
   where w.respond_by >= p.from_at and w.respond_by < p.to_at and ${inScope(scope)}
)
select ${plus('occurred', 'occ.total_cases')} as total_cases, ${plus('service', 'occ.service')} as service,
       ${plus('management', 'occ.management')} as management, ${plus('enforcement', 'occ.enforcement')} as enforcement,
       ${plus('due', 'due.due_in_period')} as due_in_period, ${plus('closed_on_time', 'due.closed_on_time')} as closed_on_time,
       ${plus('closed', 'closed.closed_in_period')} as closed_in_period, ${plus('reworked', 'closed.reworked')} as reworked,
       (${plus('handled_hours', 'closed.handled_hours')}) / nullif(${plus('handled', 'closed.handled')}, 0) as avg_hours,
       ${plus('repeats', 'occ.repeats')} as repeats, ${plus('enforcement', 'occ.enforcement')} as enforcement_cases,
       ${plus('recorded', 'occ.recorded')} as recorded, ${plus('followed_up', 'closed.followed_up')} as followed_up,
       w.whistles_due, w.whistles_met
  from roll, occ, due, closed, w`;
}

/** The bindings of statsSql, in order. */
export function statsParams(unit: string | null, grid: string | null, from: Date, to: Date): unknown[] {
  const { days, edges } = splitIntoChinaDays(from, to);
  return [unit, grid, from, to, ...edges.flat(), days?.[0] ?? null, days?.[1] ?? null];
}

export class EnforcementStatsService extends BaseService {
  /** SUPERVISOR: their own unit (default) and the units under it; ADMIN: any unit, grid cell or the whole bureau. */
  async stats(period: StatsPeriodInput, unitId?: string | null, gridCode?: string | null): Promise<EnforcementStats> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    if (!(period.from < period.to)) {
      throw new ValidationError('period.to', 'period.to must be after period.from');
    }
    const unit = unitId ?? (hasRole(this.actor, 'ADMIN') ? null : this.actor.unitId);
    if (!hasRole(this.actor, 'ADMIN') && (!unit || unit !== this.actor.unitId || gridCode)) {
      throw new ForbiddenError('Supervisors see the statistics of their own unit');
    }
    const sql = statsSql({ unit, grid: gridCode ?? null });
    const rows: StatsRow[] = await this.readConnection().execute(sql, statsParams(unit, gridCode ?? null, period.from, period.to));
    return toStats(rows[0], { from: period.from, to: period.to, unitId: unit, gridCode: gridCode ?? null });
  }
}
