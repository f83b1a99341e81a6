import type { EntityManager } from '@mikro-orm/postgresql';

import { shanghaiDate } from '../enrollment/shanghai-date';
import { complianceOfficer } from './compliance-officer';
import type { ComplianceOfficer, OfficerRow } from './compliance-officer';
import { hoursInYearSql, INDUCTION_COURSE_CODE, OFFICERS_SELECT, perOfficerCte } from './compliance.sql';

type Connection = ReturnType<EntityManager['getConnection']>;

/** The population: a SQL condition on training_profile (officer_id, unit_id) and its `?` bindings. */
export interface PopulationFilter {
  sql: string;
  bindings: unknown[];
}

/** `officer_id in (…)` / `unit_id in (…)` conditions, and-ed; null lists mean no narrowing, empty lists nobody. */
export function populationFilter(officerIds: string[] | null, unitIds: string[] | null): PopulationFilter {
  const parts: PopulationFilter[] = [];
  for (const [column, ids] of [
    ['officer_id', officerIds],
    ['unit_id', unitIds],
  ] as const) {
    if (ids !== null) {
      parts.push(ids.length === 0 ? { sql: 'false', bindings: [] } : { sql: `${column} in (${ids.map(() => '?').join(', ')})`, bindings: [...ids] });
    }
  }
  return parts.length === 0 ? { sql: 'true', bindings: [] } : { sql: parts.map((p) => p.sql).join(' and '), bindings: parts.flatMap((p) => p.bindings) };
}

/**
 * Every officer of the population with their standing for `year` (hours, quotas, overdue, induction) and today's
 * certificate and duty eligibility: one statement, plus one for today's hours when `year` is another year.
 */
export async function complianceOfficers(conn: Connection, filter: PopulationFilter, year: number, now = new Date()): Promise<ComplianceOfficer[]> {
  const today = shanghaiDate(now);
  const thisYear = Number(today.slice(0, 4));
  const bindings = [...filter.bindings, year, today, INDUCTION_COURSE_CODE, `${year - 1}-01-01`, `${year}-12-31`];
  const [rows, current] = await Promise.all([
    conn.execute<OfficerRow[]>(`${perOfficerCte(filter.sql)} ${OFFICERS_SELECT}`, bindings),
    year === thisYear ? null : conn.execute<{ officer_id: string; total: string }[]>(hoursInYearSql(filter.sql), [...filter.bindings, thisYear]),
  ]);
  const hoursNow = current && new Map(current.map((h) => [h.officer_id, Number(h.total)]));
  return rows.map((r) => complianceOfficer(r, today, hoursNow ? (hoursNow.get(r.officer_id) ?? 0) : undefined));
}
