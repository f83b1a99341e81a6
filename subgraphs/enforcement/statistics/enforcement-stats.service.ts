import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
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
 * One statement, three sargable period scans (occurred, due, closed), each answered by a covering index:
 * `c.<column> >= from and c.<column> < to` instead of a filter inside count(*). The repeat flag is the
 * trigger-maintained `case.is_repeat` (same definition as before: a case of the same party and violation type in
 * the 12 months before).
 */
export function statsSql(scope: Scope): string {
  const where = (column: string) => `c.${column} >= p.from_at and c.${column} < p.to_at and ${inScope(scope)}`;
  return `
with recursive p as (
  select ?::uuid as unit, ?::text as grid, ?::timestamptz as from_at, ?::timestamptz as to_at
), scope_units as (
  select u.id from enforcement.unit u, p where u.id = p.unit
  union all
  select u.id from enforcement.unit u join scope_units s on u.parent_id = s.id
), occ as (
  select count(*) as total_cases,
         count(*) filter (where c.track = 'SERVICE') as service,
         count(*) filter (where c.track = 'MANAGEMENT') as management,
         count(*) filter (where c.track = 'ENFORCEMENT') as enforcement,
         count(*) filter (where c.is_repeat) as repeats,
         count(*) filter (where c.track = 'ENFORCEMENT' and exists (
           select 1 from enforcement.evidence e where e.case_id = c.id and e.kind = 'RECORDING')) as recorded
    from enforcement."case" c, p where ${where('occurred_at')}
), due as (
  select count(*) as due_in_period, count(*) filter (where c.closed_at is not null and c.closed_at <= c.due_at) as closed_on_time
    from enforcement."case" c, p where ${where('due_at')}
), closed as (
  select count(*) as closed_in_period,
         count(*) filter (where c.rework_count > 0) as reworked,
         avg(extract(epoch from c.closed_at - c.filed_at) / 3600) filter (where c.filed_at is not null) as avg_hours,
         count(*) filter (where c.followed_up_at is not null) as followed_up
    from enforcement."case" c, p where ${where('closed_at')}
), w as (
  select count(*) as whistles_due, count(*) filter (where w.responded_at is not null and w.responded_at <= w.respond_by) as whistles_met
    from enforcement.whistle w join enforcement."case" c on c.id = w.case_id, p
   where w.respond_by >= p.from_at and w.respond_by < p.to_at and ${inScope(scope)}
)
select occ.total_cases, occ.service, occ.management, occ.enforcement, due.due_in_period, due.closed_on_time,
       closed.closed_in_period, closed.reworked, closed.avg_hours, occ.repeats, occ.enforcement as enforcement_cases,
       occ.recorded, closed.followed_up, w.whistles_due, w.whistles_met
  from occ, due, closed, w`;
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
    const rows: StatsRow[] = await this.em.getConnection().execute(sql, [unit, gridCode ?? null, period.from, period.to]);
    return toStats(rows[0]!, { from: period.from, to: period.to, unitId: unit, gridCode: gridCode ?? null });
  }
}
