import { NOT_SUPERSEDED } from '../certification/certification.loaders';
import { HOURS_QUOTAS } from '../training-hours/hours-quotas';

/** Every officer of the population with the columns of trainingCompliance's per-officer CTE (see compliance.sql.ts). */
export const STANDINGS_SELECT = `select officer_id, unit_id, total, overdue, new_hire, inducted,
  ${HOURS_QUOTAS.map((_, i) => `q${i}_met`).join(', ') || 'true as none'} from per order by officer_id`;

/** The current certificate of each officer of the given units (one statement; `?` list bound by the caller). */
export const currentCertificatesSql = (units: number) => `select c.officer_id, c.expires_on, c.suspended from training.certification c
  join training.training_profile p on p.officer_id = c.officer_id
  where p.unit_id in (${Array.from({ length: units }, () => '?').join(', ')}) and ${NOT_SUPERSEDED}`;
