import { NOT_SUPERSEDED } from '../certification/certification.loaders';
import { HOURS_QUOTAS } from '../training-hours/hours-quotas';

/** 岗前培训 — the induction course every new hire must complete. */
export const INDUCTION_COURSE_CODE = 'NEW-001';

const quotaSums = HOURS_QUOTAS.map((q, i) => `sum(h.hours) filter (where h.category in (${q.categories.map((c) => `'${c}'`).join(', ')})) as q${i}`).join(', ');
const quotaMet = HOURS_QUOTAS.map((q, i) => `coalesce(hrs.q${i}, 0) >= ${q.minHours} as q${i}_met`).join(', ');

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

/**
 * Every officer of the population with the per-officer columns and their current certificate (the head of their
 * chain; expires_on and suspended null without one), by unit then officer. The certificate join is one index probe
 * per officer (certification.officer_id, supersedes_id unique), never a scan per unit.
 */
export const OFFICERS_SELECT = `select per.*, c.expires_on as cert_expires_on, c.suspended as cert_suspended from per
  left join training.certification c on c.officer_id = per.officer_id and ${NOT_SUPERSEDED}
  order by per.unit_id, per.officer_id`;

/** Hours per officer of the population in one year (duty eligibility counts today's year; `filter` as above, then the year). */
export const hoursInYearSql = (filter: string) => `select h.officer_id, sum(h.hours) as total from training.training_hours_entry h
  where h.officer_id in (select officer_id from training.training_profile where ${filter}) and h.year = ? group by h.officer_id`;
