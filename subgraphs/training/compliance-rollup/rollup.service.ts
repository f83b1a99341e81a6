import { ForbiddenError, NotFoundError } from '../../../kernel/errors/domain-error';
import { hasRole } from '../../../kernel/auth/actor';
import { BaseService } from '../../../kernel/services/base.service';
import { dutyEligibility } from '../certification/duty-eligibility';
import { INDUCTION_COURSE_CODE, perOfficerCte } from '../compliance/compliance.sql';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { HOURS_QUOTAS } from '../training-hours/hours-quotas';
import { REQUIRED_HOURS_PER_YEAR } from '../training-hours/summarize-hours';
import { UnitTreeNode } from '../unit/unit-tree.entity';
import { certificationState, rollUp, subtree } from './rollup';
import type { OfficerStanding } from './rollup';
import { currentCertificatesSql, STANDINGS_SELECT } from './rollup.sql';
import type { TrainingComplianceRollup } from './rollup.types';

type StandingRow = { officer_id: string; unit_id: string; total: string; overdue: string; new_hire: boolean; inducted: boolean } & Record<string, unknown>;
type CertRow = { officer_id: string; expires_on: string | Date; suspended: boolean };

const isoDate = (d: string | Date) => (typeof d === 'string' ? d.slice(0, 10) : shanghaiDate(d));

/** 合规汇总: three statements whatever the size of the subtree (tree, per-officer standings, current certificates). */
export class ComplianceRollupService extends BaseService {
  async rollup(unitId: string | null): Promise<TrainingComplianceRollup> {
    this.requireRole('SUPERVISOR', 'TRAINER', 'ADMIN');
    const nodes = await this.em.find(UnitTreeNode, {});
    const root = this.rootFor(unitId, nodes);
    const units = subtree(nodes, root).map((u) => u.unitId);
    const today = shanghaiDate(new Date());
    const year = Number(today.slice(0, 4));
    if (units.length === 0) {
      return { asOf: today, units: [] };
    }
    const conn = this.readConnection();
    const filter = `unit_id in (${units.map(() => '?').join(', ')})`;
    const rows = await conn.execute<StandingRow[]>(`${perOfficerCte(filter)} ${STANDINGS_SELECT}`, [
      ...units,
      year,
      today,
      INDUCTION_COURSE_CODE,
      `${year - 1}-01-01`,
      `${year}-12-31`,
    ]);
    const certs = new Map(
      (await conn.execute<CertRow[]>(currentCertificatesSql(units.length), units)).map((c) => [
        c.officer_id,
        { expiresOn: isoDate(c.expires_on), suspended: c.suspended },
      ]),
    );
    const standings: OfficerStanding[] = rows.map((r) => {
      const cert = certs.get(r.officer_id) ?? null;
      const total = Number(r.total);
      const quotas = HOURS_QUOTAS.every((_, i) => r[`q${i}_met`] !== false);
      return {
        officerId: r.officer_id,
        unitId: r.unit_id,
        trainingComplete: total >= REQUIRED_HOURS_PER_YEAR && quotas && Number(r.overdue) === 0 && !(r.new_hire && !r.inducted),
        dutyEligible: dutyEligibility(cert, total, today).length === 0,
        certification: certificationState(cert, today),
      };
    });
    return {
      asOf: today,
      units: rollUp(nodes, standings, root).map((u) => ({
        unit: { id: u.unitId },
        parentUnit: u.parentUnitId ? { id: u.parentUnitId } : null,
        shortName: u.shortName,
        depth: u.depth,
        directOfficerCount: u.directOfficerCount,
        stats: u.stats,
      })),
    };
  }

  /** Trainers and admins: any unit, or every root. Supervisors: their own unit's subtree only. */
  private rootFor(unitId: string | null, nodes: UnitTreeNode[]): string | null {
    if (unitId && !nodes.some((n) => n.unitId === unitId)) {
      throw new NotFoundError('Unit', unitId, 'unitId');
    }
    if (hasRole(this.actor, 'TRAINER', 'ADMIN')) {
      return unitId;
    }
    const own = this.actor.unitId;
    if (!own) {
      throw new ForbiddenError('A supervisor sees the roll-up of their own unit; this sign-in names none');
    }
    if (unitId && !subtree(nodes, own).some((n) => n.unitId === unitId)) {
      throw new ForbiddenError('A supervisor sees their own unit and the units below it');
    }
    return unitId ?? own;
  }
}
