import { ValidationError } from '../../../kernel/errors/domain-error';
import { sqlArray } from '../../../kernel/db/sql-array';
import { BaseService } from '../../../kernel/services/base.service';
import { chinaDate } from '../../../kernel/time/china-time';
import { workSplit } from './work-mix-shares';
import type { ServiceSideCounts } from './work-mix-shares';
import type { WorkMix } from './work-mix.stub';
import type { WorkMixSplit } from './work-mix.types';

/** One statement: this subgraph's work in the period, for a set of units (null = the whole bureau). */
const COUNTS_SQL = (schema: string) => `
with p as (select ?::timestamptz as from_at, ?::timestamptz as to_at, ?::date as d1, ?::date as d2, ?::uuid[] as units)
select v.visits, v.solved, v.tasks, s.allocations, sp.days, sp.visitors, g.shifts, o.events, o.attendance
  from p,
  lateral (select count(*) as visits, coalesce(sum(solved_on_the_spot_count), 0) as solved, coalesce(sum(concern_count - solved_on_the_spot_count), 0) as tasks
             from "${schema}".merchant_visit m where m.visited_at >= p.from_at and m.visited_at < p.to_at and (p.units is null or m.unit_id = any(p.units))) v,
  lateral (select count(*) as allocations from "${schema}".stall_permit sp join "${schema}".vending_zone z on z.id = sp.zone_id
            where sp.stall_id is not null and sp.decided_at >= p.from_at and sp.decided_at < p.to_at and (p.units is null or z.unit_id = any(p.units))) s,
  lateral (select count(*) as days, coalesce(sum(t.n), 0) as visitors from (
             select t.service_point_id, t.day, sum(t.visits) as n from "${schema}".service_point_visit_tally t join "${schema}".service_point pt on pt.id = t.service_point_id
              where t.day >= p.d1 and t.day < p.d2 and (p.units is null or pt.unit_id = any(p.units)) group by t.service_point_id, t.day having sum(t.visits) > 0) t) sp,
  lateral (select count(*) as shifts from "${schema}".guide_shift gs join "${schema}".vending_zone z on z.id = gs.zone_id
            where gs.starts_at >= p.from_at and gs.starts_at < p.to_at and (p.units is null or z.unit_id = any(p.units))) g,
  lateral (select count(*) as events, coalesce(sum(e.attendance), 0) as attendance from "${schema}".outreach_event e
            where e.starts_at >= p.from_at and e.starts_at < least(p.to_at, now()) and (p.units is null or e.unit_id = any(p.units))) o`;

/** WorkMix.split: this subgraph's service work joined with enforcement's counts (from the representation). */
export class WorkMixSplitService extends BaseService {
  async split(mix: WorkMix): Promise<WorkMixSplit> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    const from = new Date(mix.from!);
    const to = new Date(mix.to!);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) {
      throw new ValidationError('period', 'the work mix has no valid period');
    }
    const units = mix.coveredUnitIds ? sqlArray(mix.coveredUnitIds) : null;
    const rows: Record<string, string>[] = await this.readConnection().execute(COUNTS_SQL(this.em.config.get('schema')), [
      from,
      to,
      chinaDate(from),
      chinaDate(to),
      units,
    ]);
    const r = rows[0];
    const own: ServiceSideCounts = {
      visits: Number(r.visits),
      concernsSolvedOnTheSpot: Number(r.solved),
      managementTasks: Number(r.tasks),
      stallAllocations: Number(r.allocations),
      servicePointDays: Number(r.days),
      servicePointVisits: Number(r.visitors),
      guideShifts: Number(r.shifts),
      outreachEvents: Number(r.events),
      outreachAttendance: Number(r.attendance),
    };
    const { shares, distance } = workSplit(own, {
      serviceDispositions: mix.serviceDispositions ?? 0,
      warnings: mix.warnings ?? 0,
      rectificationNotices: mix.rectificationNotices ?? 0,
      penalties: mix.penalties ?? 0,
    });
    return { ...own, shares, distanceFrom721: distance };
  }
}
