import { sqlArray } from '../../../kernel/db/sql-array';
import { defineKeyLoader, defineLoader } from '../../../kernel/loaders/define-loader';
import { StallStatus } from '../stall/stall-enums';
import { VendingZone } from './vending-zone.entity';

export const vendingZoneById = defineKeyLoader('vendingZoneById', VendingZone, 'id');

export interface StallCounts {
  total: number;
  free: number;
}

/** Stall and free-stall counts of many zones in one statement. */
export const stallCountsByZone = defineLoader<string, StallCounts>('stallCountsByZone', (scope) => async (ids) => {
  const schema = scope.em.config.get('schema');
  const rows: { zone_id: string; total: string; free: string }[] = await scope.em.execute(
    `select zone_id, count(*) as total, count(*) filter (where status = ?) as free from "${schema}".stall where zone_id = any(?::uuid[]) group by zone_id`,
    [StallStatus.FREE, sqlArray(ids)],
  );
  const byId = new Map(rows.map((r) => [r.zone_id, { total: Number(r.total), free: Number(r.free) }]));
  return ids.map((id) => byId.get(id) ?? { total: 0, free: 0 });
});
