import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { isUuid } from '../../../kernel/db/uuid';
import { BaseService } from '../../../kernel/services/base.service';
import { Cohort } from '../cohort/cohort.entity';
import { complianceRoot } from '../compliance-rollup/compliance-scope';
import { rollUpTree, subtree } from '../compliance-rollup/rollup';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { REQUIRED_HOURS_PER_YEAR } from '../training-hours/summarize-hours';
import { UnitTreeNode } from '../unit/unit-tree.entity';
import { unitTreeRow } from '../unit/unit-tree-row.types';
import { complianceStats, hasGap } from './compliance-officer';
import type { ComplianceOfficer } from './compliance-officer';
import { complianceOfficers, populationFilter } from './compliance-population';
import type { OfficerComplianceGap, TrainingComplianceReport } from './compliance.types';

function toGap(o: ComplianceOfficer): OfficerComplianceGap {
  return {
    officer: { id: o.officerId },
    unit: { id: o.unitId },
    totalHours: o.totalHours,
    belowHours: o.totalHours < REQUIRED_HOURS_PER_YEAR,
    missedQuotas: o.missedQuotas,
    overdueAssignments: o.overdueAssignments,
    missingInduction: o.newHire && !o.inducted,
  };
}

/** Officers grouped by their own unit, in the order given (the statement orders by unit id). */
function byOwnUnit(officers: ComplianceOfficer[]): Map<string, ComplianceOfficer[]> {
  const units = new Map<string, ComplianceOfficer[]>();
  for (const o of officers) {
    const list = units.get(o.unitId);
    if (list) {
      list.push(o);
    } else {
      units.set(o.unitId, [o]);
    }
  }
  return units;
}

/**
 * 培训合规: one per-officer statement over the population (plus a cohort lookup and training's copy of the unit
 * tree) whatever its size; every figure — overall, per unit, per level of the tree, the gap list — is counted from it.
 */
export class ComplianceService extends BaseService {
  async report(year: number, officerIds: string[] | null, cohortId: string | null, unitId: string | null = null): Promise<TrainingComplianceReport> {
    this.requireRole('SUPERVISOR', 'TRAINER', 'ADMIN');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new ValidationError('year', 'year must be between 2000 and 2100');
    }
    if (officerIds && (officerIds.length > 1000 || officerIds.some((id) => !isUuid(id)))) {
      throw new ValidationError('officerIds', 'officerIds must be at most 1000 officer ids');
    }
    const [ids, nodes] = await Promise.all([this.population(officerIds, cohortId), this.em.find(UnitTreeNode, {})]);
    const root = complianceRoot(this.actor, unitId, nodes);
    const units = root ? subtree(nodes, root).map((u) => u.unitId) : null;
    const now = new Date();
    const officers = await complianceOfficers(this.readConnection(), populationFilter(ids, units), year, now);
    return {
      year,
      asOf: shanghaiDate(now),
      overall: complianceStats(officers),
      byUnit: [...byOwnUnit(officers)].map(([id, own]) => ({ unit: { id }, stats: complianceStats(own) })),
      byUnitTree: rollUpTree(nodes, officers, root, complianceStats).map(unitTreeRow),
      gaps: officers.filter(hasGap).map(toGap),
    };
  }

  /** The officer ids to narrow to (the given ones and the cohort's members), or null for everyone. */
  private async population(officerIds: string[] | null, cohortId: string | null): Promise<string[] | null> {
    const ids: string[] | null = officerIds ? [...officerIds] : null;
    if (!cohortId) {
      return ids;
    }
    const cohort = await this.em.findOne(Cohort, { id: cohortId });
    if (!cohort) {
      throw new NotFoundError('Cohort', cohortId, 'cohortId');
    }
    return [...new Set([...(ids ?? []), ...cohort.officerIds])];
  }
}
