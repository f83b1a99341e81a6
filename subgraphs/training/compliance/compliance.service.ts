import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Cohort } from '../cohort/cohort.entity';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { HOURS_QUOTAS } from '../training-hours/hours-quotas';
import { REQUIRED_HOURS_PER_YEAR } from '../training-hours/summarize-hours';
import { GAPS_SELECT, INDUCTION_COURSE_CODE, perOfficerCte, STATS_SELECT } from './compliance.sql';
import type { ComplianceStats, OfficerComplianceGap, TrainingComplianceReport } from './compliance.types';
import { isUuid } from '../../../kernel/db/uuid';

type StatsRow = Record<'officers' | 'hours_met' | 'quotas_met' | 'with_overdue' | 'overdue' | 'new_hires' | 'inducted', string> & { unit_id: string | null };
type GapRow = { officer_id: string; unit_id: string; total: string; overdue: string; new_hire: boolean; inducted: boolean } & Record<string, unknown>;

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

function toStats(r: StatsRow | undefined): ComplianceStats {
  const n = (k: keyof StatsRow) => Number(r?.[k] ?? 0);
  return {
    officerCount: n('officers'),
    hoursMetCount: n('hours_met'),
    hoursCoverage: pct(n('hours_met'), n('officers')),
    quotasMetCount: n('quotas_met'),
    quotaCoverage: pct(n('quotas_met'), n('officers')),
    officersWithOverdue: n('with_overdue'),
    overdueAssignments: n('overdue'),
    newHireCount: n('new_hires'),
    newHiresInducted: n('inducted'),
    newHireCoverage: pct(n('inducted'), n('new_hires')),
  };
}

function toGap(r: GapRow): OfficerComplianceGap {
  return {
    officer: { id: r.officer_id },
    unit: { id: r.unit_id },
    totalHours: Number(r.total),
    belowHours: Number(r.total) < REQUIRED_HOURS_PER_YEAR,
    missedQuotas: HOURS_QUOTAS.filter((_, i) => r[`q${i}_met`] === false).map((q) => q.code),
    overdueAssignments: Number(r.overdue),
    missingInduction: r.new_hire && !r.inducted,
  };
}

/** 培训合规: two aggregate statements (plus a cohort lookup) whatever the population size. */
export class ComplianceService extends BaseService {
  async report(year: number, officerIds: string[] | null, cohortId: string | null): Promise<TrainingComplianceReport> {
    this.requireRole('SUPERVISOR', 'TRAINER', 'ADMIN');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new ValidationError('year', 'year must be between 2000 and 2100');
    }
    if (officerIds && (officerIds.length > 1000 || officerIds.some((id) => !isUuid(id)))) {
      throw new ValidationError('officerIds', 'officerIds must be at most 1000 officer ids');
    }
    let ids: string[] | null = officerIds ? [...officerIds] : null;
    if (cohortId) {
      const cohort = await this.em.findOne(Cohort, { id: cohortId });
      if (!cohort) {
        throw new NotFoundError('Cohort', cohortId, 'cohortId');
      }
      ids = [...new Set([...(ids ?? []), ...cohort.officerIds])];
    }
    const filter = ids === null ? 'true' : ids.length === 0 ? 'false' : `officer_id in (${ids.map(() => '?').join(', ')})`;
    const bindings = [...(ids ?? []), year, shanghaiDate(new Date()), INDUCTION_COURSE_CODE, `${year - 1}-01-01`, `${year}-12-31`];
    const cte = perOfficerCte(filter);
    const conn = this.readConnection();
    const [stats, gaps] = await Promise.all([
      conn.execute<StatsRow[]>(`${cte} ${STATS_SELECT}`, bindings),
      conn.execute<GapRow[]>(`${cte} ${GAPS_SELECT}`, bindings),
    ]);
    return {
      year,
      overall: toStats(stats.find((r) => r.unit_id === null)),
      byUnit: stats.filter((r) => r.unit_id !== null).map((r) => ({ unit: { id: r.unit_id! }, stats: toStats(r) })),
      gaps: gaps.map(toGap),
    };
  }
}
