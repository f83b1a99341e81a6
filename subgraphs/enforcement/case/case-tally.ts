import type { EntityManager } from '@mikro-orm/postgresql';

import type { CaseFilter } from './case.inputs';

/** The filters `case_tally` can answer (its key columns); any other filter falls back to COUNT(*) on an index. */
const TALLY_COLUMNS = { unitId: 'unit_id', gridCode: 'grid_cell_code', violationTypeCode: 'violation_type_code', status: 'status', track: 'track' } as const;

/**
 * The exact number of cases matching `filter` from the trigger-maintained `case_tally` (a few thousand rows at
 * any case count), or null when the filter uses something the tally does not key on (period, party, officer,
 * overdue).
 */
export async function tallyCount(em: EntityManager, filter: CaseFilter & { unitId?: string | null }): Promise<number | null> {
  if (filter.occurredFrom || filter.occurredTo || filter.partyId || filter.officerId || filter.overdue === true) {
    return null;
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
