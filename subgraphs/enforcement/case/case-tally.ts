import type { EntityManager } from '@mikro-orm/postgresql';

import { splitIntoChinaDays } from '../../../kernel/time/china-time';
import type { CaseFilter } from './case.inputs';

/** The filters `case_tally` can answer (its key columns); any other filter falls back to COUNT(*) on an index. */
const TALLY_COLUMNS = { unitId: 'unit_id', gridCode: 'grid_cell_code', violationTypeCode: 'violation_type_code', status: 'status', track: 'track' } as const;

/**
 * The exact number of cases matching `filter` from the trigger-maintained `case_tally` (a few thousand rows at
 * any case count), or null when the filter uses something the tally does not key on (period, party, officer,
 * overdue).
 */
export async function tallyCount(em: EntityManager, filter: CaseFilter & { unitId?: string | null }): Promise<number | null> {
  if (filter.partyId || filter.officerId || filter.overdue === true) {
    return null;
  }
  if (filter.occurredFrom || filter.occurredTo) {
    const onlyScope = !filter.status && !filter.violationTypeCode && !filter.track && filter.typical !== true;
    return onlyScope
      ? periodCount(em, filter.occurredFrom ?? new Date(0), filter.occurredTo ?? FAR_FUTURE, filter.unitId ?? null, filter.gridCode ?? null)
      : null;
  }
  const where: string[] = [];
  const params: unknown[] = [];
  for (const [key, column] of Object.entries(TALLY_COLUMNS)) {
    const value = filter[key as keyof typeof TALLY_COLUMNS];
    if (value) {
      where.push(column === 'status' ? `${column} = ?::enforcement.case_status` : `${column} = ?`);
      params.push(value);
    }
  }
  if (filter.typical === true) {
    where.push('is_typical_case');
  }
  const rows = await em.execute<{ n: string | null }[]>(
    `select sum(n) as n from enforcement.case_tally${where.length ? ` where ${where.join(' and ')}` : ''}`,
    params,
  );
  return Number(rows[0]?.n ?? 0);
}

const FAR_FUTURE = new Date('9999-01-01T00:00:00Z');

/**
 * Cases of a unit and/or grid cell that occurred in [from, to): the whole China-time days from case_day_stats
 * (per-day `occurred`, trigger-kept), the partial edge days counted on the (unit|grid, occurred_at) indexes.
 */
async function periodCount(em: EntityManager, from: Date, to: Date, unit: string | null, grid: string | null): Promise<number> {
  if (!(from < to)) {
    return 0;
  }
  const { days, edges } = splitIntoChinaDays(from, to);
  const scope = (alias: string) => `${unit ? ` and ${alias}.unit_id = ?` : ''}${grid ? ` and ${alias}.grid_cell_code = ?` : ''}`;
  const scopeParams = [...(unit ? [unit] : []), ...(grid ? [grid] : [])];
  const rows = await em.execute<{ n: string | null }[]>(
    `select (select coalesce(sum(s.occurred), 0) from enforcement.case_day_stats s where s.day >= ? and s.day < ?${scope('s')})
          + (select count(*) from enforcement."case" c
              where ((c.occurred_at >= ? and c.occurred_at < ?) or (c.occurred_at >= ? and c.occurred_at < ?))${scope('c')}) as n`,
    [days?.[0] ?? null, days?.[1] ?? null, ...scopeParams, ...edges.flat(), ...scopeParams],
  );
  return Number(rows[0]?.n ?? 0);
}
