import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import type { EnforcementStats, StatsPeriodInput } from './enforcement-stats.types';
import { toStats } from './stats-rates';
import type { StatsRow } from './stats-rates';

const IN = (column: string) => `c.${column} >= p.from_at and c.${column} < p.to_at`;

/** One aggregation statement over the unit subtree (recursive CTE) or one grid cell. */
const STATS_SQL = `
with recursive p as (
  select ?::uuid as unit, ?::text as grid, ?::timestamptz as from_at, ?::timestamptz as to_at
), scope_units as (
  select u.id from enforcement.unit u, p where u.id = p.unit
  union all
  select u.id from enforcement.unit u join scope_units s on u.parent_id = s.id
), c as (
  select c.* from enforcement."case" c, p
  where (p.unit is null or c.unit_id in (select id from scope_units))
    and (p.grid is null or c.grid_cell_code = p.grid)
), w as (
  select w.* from enforcement.whistle w join c on c.id = w.case_id, p
  where w.respond_by >= p.from_at and w.respond_by < p.to_at
)
select
  count(*) filter (where ${IN('occurred_at')}) as total_cases,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'SERVICE') as service,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'MANAGEMENT') as management,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'ENFORCEMENT') as enforcement,
  count(*) filter (where ${IN('due_at')}) as due_in_period,
  count(*) filter (where ${IN('due_at')} and c.closed_at is not null and c.closed_at <= c.due_at) as closed_on_time,
  count(*) filter (where ${IN('closed_at')}) as closed_in_period,
  count(*) filter (where ${IN('closed_at')} and c.rework_count > 0) as reworked,
  avg(extract(epoch from c.closed_at - c.filed_at) / 3600) filter (where ${IN('closed_at')} and c.filed_at is not null) as avg_hours,
  count(*) filter (where ${IN('occurred_at')} and exists (
    select 1 from enforcement."case" p
    where p.party_id = c.party_id and p.violation_type_code = c.violation_type_code and p.id <> c.id
      and p.occurred_at < c.occurred_at and p.occurred_at >= c.occurred_at - interval '12 months')) as repeats,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'ENFORCEMENT') as enforcement_cases,
  count(*) filter (where ${IN('occurred_at')} and c.track = 'ENFORCEMENT' and exists (
    select 1 from enforcement.evidence e where e.case_id = c.id and e.kind = 'RECORDING')) as recorded,
  count(*) filter (where ${IN('closed_at')} and c.followed_up_at is not null) as followed_up,
  (select count(*) from w) as whistles_due,
  (select count(*) from w where w.responded_at is not null and w.responded_at <= w.respond_by) as whistles_met
from c, p`;

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
    const rows: StatsRow[] = await this.readConnection().execute(STATS_SQL, [unit, gridCode ?? null, period.from, period.to]);
    return toStats(rows[0]!, { from: period.from, to: period.to, unitId: unit, gridCode: gridCode ?? null });
  }
}
