import { ratio } from '../../../kernel/stats/ratio';
import { BaseService } from '../../../kernel/services/base.service';
import type { EnforcementStats } from '../statistics/enforcement-stats.types';
import type { DisclosureKpis } from './disclosure-kpis';

type Counts = Omit<DisclosureKpis, 'disclosureRate' | 'timelinessRate' | 'withdrawalTimelinessRate'>;
/** The row KPI_SQL returns (every count cast to int). */
type KpiRow = { decisions: number; published: number; published_on_time: number; withheld: number; withdrawn: number; withdrawn_on_time: number };

/** One statement over the period's penalty decisions and their disclosures, in the scope enforcementStats already checked. */
const KPI_SQL = `
with recursive scope_units as (
  select u.id from enforcement.unit u where u.id = ?::uuid
  union all
  select u.id from enforcement.unit u join scope_units s on u.parent_id = s.id
)
select count(*)::int as decisions,
       count(p.id) filter (where p.published_at is not null)::int as published,
       count(p.id) filter (where p.published_at <= p.due_by)::int as published_on_time,
       count(p.id) filter (where p.status = 'WITHHELD')::int as withheld,
       count(p.id) filter (where p.status = 'WITHDRAWN')::int as withdrawn,
       count(p.id) filter (where p.status = 'WITHDRAWN' and p.withdrawn_at <= p.withdrawal_due_by)::int as withdrawn_on_time
  from enforcement.disposition d
  join enforcement."case" c on c.id = d.case_id
  left join enforcement.penalty_disclosure p on p.disposition_id = d.id
 where d.kind = 'PENALTY' and d.fine_yuan is not null and d.decided_at >= ? and d.decided_at < ?
   and (?::uuid is null or c.unit_id in (select id from scope_units))
   and (?::text is null or c.grid_cell_code = ?::text)`;

export class DisclosureStatsService extends BaseService {
  async kpis(stats: Pick<EnforcementStats, 'from' | 'to' | 'unitId' | 'gridCode'>): Promise<DisclosureKpis> {
    this.requireRole('SUPERVISOR', 'ADMIN');
    const [row] = await this.readConnection().execute<KpiRow[]>(KPI_SQL, [stats.unitId, stats.from, stats.to, stats.unitId, stats.gridCode, stats.gridCode]);
    const c: Counts = {
      decisions: row.decisions,
      published: row.published,
      publishedOnTime: row.published_on_time,
      withheld: row.withheld,
      withdrawn: row.withdrawn,
      withdrawnOnTime: row.withdrawn_on_time,
    };
    return {
      ...c,
      disclosureRate: ratio(c.published, c.decisions - c.withheld),
      timelinessRate: ratio(c.publishedOnTime, c.published),
      withdrawalTimelinessRate: ratio(c.withdrawnOnTime, c.withdrawn),
    };
  }
}
