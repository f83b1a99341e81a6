import { hasRole } from '../../../kernel/auth/actor';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { isUuid } from '../case/ids';
import type { StatsPeriodInput } from '../statistics/enforcement-stats.types';
import type { WorkMix } from './work-mix.types';

const MAX_PERIOD_DAYS = 366;

/** Effective decisions (not superseded) made in the period, by kind; with the unit subtree when a unit is asked. */
const COUNTS_SQL = (unit: boolean) => `
with recursive scope_units as (
  select u.id from enforcement.unit u where u.id = ?::uuid
  union all
  select u.id from enforcement.unit u join scope_units s on u.parent_id = s.id
)
select (select coalesce(array_agg(id::text), '{}') from scope_units) as units,
       count(*) filter (where d.kind = 'SERVICE') as service,
       count(*) filter (where d.kind = 'WARNING') as warnings,
       count(*) filter (where d.kind = 'RECTIFICATION_NOTICE') as notices,
       count(*) filter (where d.kind in ('PENALTY', 'LABOR_IN_LIEU')) as penalties
  from enforcement.disposition d join enforcement."case" c on c.id = d.case_id
 where d.decided_at >= ? and d.decided_at < ? and d.superseded_at is null ${unit ? 'and c.unit_id in (select id from scope_units)' : ''}`;

/** workMix: SUPERVISOR their own unit (with the units under it); ADMIN any unit or the whole bureau (no unitId). */
export class WorkMixService extends BaseService {
  async of(period: StatsPeriodInput, unitId?: string | null): Promise<WorkMix> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    const span = period.to.getTime() - period.from.getTime();
    if (!(span > 0) || span > MAX_PERIOD_DAYS * 86_400_000) {
      throw new ValidationError('period.to', `the period must end after it starts, at most ${MAX_PERIOD_DAYS} days later`);
    }
    if (unitId && !isUuid(unitId)) {
      throw new ValidationError('unitId', 'unitId must be a unit id (UUID)');
    }
    const unit = unitId ?? (hasRole(this.actor, 'ADMIN') ? null : this.actor.unitId);
    if (!hasRole(this.actor, 'ADMIN') && (!unit || unit !== this.actor.unitId)) {
      throw new ForbiddenError('Supervisors see the work of their own unit');
    }
    const rows: { units: string[]; service: string; warnings: string; notices: string; penalties: string }[] = await this.readConnection().execute(
      COUNTS_SQL(unit !== null),
      [unit, period.from, period.to],
    );
    const r = rows[0];
    return {
      id: `${unit ?? 'bureau'}~${period.from.toISOString()}~${period.to.toISOString()}`,
      from: period.from,
      to: period.to,
      unitId: unit,
      coveredUnitIds: unit ? r.units : null,
      serviceDispositions: Number(r.service),
      warnings: Number(r.warnings),
      rectificationNotices: Number(r.notices),
      penalties: Number(r.penalties),
    };
  }

  /** Reference resolution: the key is `<unit id | bureau>~<from ISO>~<to ISO>`, answered with the same access rules. */
  byId(id: string): Promise<WorkMix> {
    const [unit, from, to] = id.split('~');
    const period = { from: new Date(from ?? ''), to: new Date(to ?? '') };
    if (!unit || Number.isNaN(period.from.getTime()) || Number.isNaN(period.to.getTime()) || (unit !== 'bureau' && !isUuid(unit))) {
      throw new NotFoundError('WorkMix', id, 'id');
    }
    if (unit === 'bureau') {
      this.requireRole('ADMIN');
    }
    return this.of(period, unit === 'bureau' ? null : unit);
  }
}
