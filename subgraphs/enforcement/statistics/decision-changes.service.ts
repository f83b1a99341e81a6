import { BaseService } from '../../../kernel/services/base.service';
import type { EnforcementStats } from './enforcement-stats.types';

/** Dispositions superseded on the cases of the scope that occurred in the period (the unit with the units under it, or one grid cell). */
const SQL = `
with recursive scope_units as (
  select u.id from enforcement.unit u where u.id = ?::uuid
  union all
  select u.id from enforcement.unit u join scope_units s on u.parent_id = s.id
)
select count(*) as n
  from enforcement.disposition d join enforcement."case" c on c.id = d.case_id
 where d.superseded_at is not null and c.occurred_at >= ? and c.occurred_at < ?
   and (?::uuid is null or c.unit_id in (select id from scope_units))
   and (?::text is null or c.grid_cell_code = ?::text)`;

/**
 * 处置变更 — how often an effective decision was superseded. The 721 split counts each case once, by its first
 * effective decision; this figure shows every later change, so the split cannot move silently.
 */
export class DecisionChangesService extends BaseService {
  async count(stats: Pick<EnforcementStats, 'from' | 'to' | 'unitId' | 'gridCode'>): Promise<number> {
    const rows: { n: string }[] = await this.readConnection().execute(SQL, [stats.unitId, stats.from, stats.to, stats.unitId, stats.gridCode, stats.gridCode]);
    return Number(rows[0]?.n ?? 0);
  }
}
