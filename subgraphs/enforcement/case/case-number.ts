import type { EntityManager } from '@mikro-orm/postgresql';
import { chinaYear } from '../../../kernel/time/china-time';

/** The case-number year is the year in China Standard Time (UTC+8, no DST), where the bureau works. */
export function caseYear(now: Date): number {
  return chinaYear(now);
}

/** `ZF-2026-000123` */
export function formatCaseNumber(year: number, n: number): string {
  return `ZF-${year}-${String(n).padStart(6, '0')}`;
}

/**
 * Next number of the year, race-free: one upsert that takes the row lock, so concurrent transactions queue
 * on it and each gets its own value (rolled back with the transaction if the case is not created).
 */
export async function allocateCaseNumber(em: EntityManager, year: number): Promise<string> {
  const schema = em.getMetadata().find('CaseNumberCounter')!.schema ?? em.config.get('schema');
  const rows = await em.execute<{ last: number }[]>(
    `insert into "${schema}"."case_number_counter" ("year", "last") values (?, 1)
     on conflict ("year") do update set "last" = "case_number_counter"."last" + 1 returning "last"`,
    [year],
  );
  return formatCaseNumber(year, Number(rows[0].last));
}
