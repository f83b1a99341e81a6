import { HOURS_QUOTAS } from '../training-hours/hours-quotas';
import { REQUIRED_HOURS_PER_YEAR } from '../training-hours/summarize-hours';

/** 岗前培训 — the induction course every new hire must complete. */
export const INDUCTION_COURSE_CODE = 'NEW-001';

const quotaSums = HOURS_QUOTAS.map((q, i) => `sum(h.hours) filter (where h.category in (${q.categories.map((c) => `'${c}'`).join(', ')})) as q${i}`).join(', ');
const quotaMet = HOURS_QUOTAS.map((q, i) => `coalesce(hrs.q${i}, 0) >= ${q.minHours} as q${i}_met`).join(', ');
const allQuotasMet = HOURS_QUOTAS.map((_, i) => `q${i}_met`).join(' and ') || 'true';

/**
 * One CTE chain over the population: per-officer hours (GROUP BY officer), quota sums, overdue counts and
 * induction. `filter` narrows training_profile (placeholders bound by the caller). Bindings after the filter's:
 * year, today, induction code, new-hire from, new-hire to.
 */
export function perOfficerCte(filter: string): string {
  return `with pop as (select officer_id, unit_id, hired_on from training.training_profile where ${filter}),
  hrs as (select h.officer_id, sum(h.hours) as total${quotaSums ? `, ${quotaSums}` : ''}
          from training.training_hours_entry h join pop on pop.officer_id = h.officer_id where h.year = ? group by h.officer_id),
  od as (select e.officer_id, count(*) as n from training.enrollment e join pop on pop.officer_id = e.officer_id
         where e.due_on < ? and e.status <> 'COMPLETED' group by e.officer_id),
  ind as (select distinct e.officer_id from training.enrollment e join training.course c on c.id = e.course_id
          where c.code = ? and e.status = 'COMPLETED'),
  per as (select pop.officer_id, pop.unit_id, coalesce(hrs.total, 0) as total${quotaMet ? `, ${quotaMet}` : ''},
          coalesce(od.n, 0) as overdue, (pop.hired_on between ? and ?) as new_hire, ind.officer_id is not null as inducted
          from pop left join hrs on hrs.officer_id = pop.officer_id left join od on od.officer_id = pop.officer_id
          left join ind on ind.officer_id = pop.officer_id)`;
}

/** Officers with a gap. */
export const GAPS_SELECT = `select officer_id, unit_id, total, overdue, new_hire, inducted,
  ${HOURS_QUOTAS.map((_, i) => `q${i}_met`).join(', ') || 'true as none'}
  from per where total < ${REQUIRED_HOURS_PER_YEAR} or not (${allQuotasMet}) or overdue > 0 or (new_hire and not inducted)
  order by unit_id, officer_id`;

/** Per unit, plus the overall row (unit_id null) by GROUP BY ROLLUP. */
export const STATS_SELECT = `select unit_id, count(*) as officers,
  count(*) filter (where total >= ${REQUIRED_HOURS_PER_YEAR}) as hours_met,
  count(*) filter (where ${allQuotasMet}) as quotas_met,
  count(*) filter (where overdue > 0) as with_overdue, coalesce(sum(overdue), 0) as overdue,
  count(*) filter (where new_hire) as new_hires, count(*) filter (where new_hire and inducted) as inducted
  from per group by rollup(unit_id) order by unit_id nulls first`;
