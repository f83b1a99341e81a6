import { BaseService } from '../../../kernel/services/base.service';
import { complianceOfficers, populationFilter } from '../compliance/compliance-population';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { UnitTreeNode } from '../unit/unit-tree.entity';
import { unitTreeRow } from '../unit/unit-tree-row.types';
import { complianceRoot } from './compliance-scope';
import { rollUp, subtree } from './rollup';
import type { TrainingComplianceRollup } from './rollup.types';

/** 合规汇总: two statements whatever the size of the subtree (the tree, then trainingCompliance's per-officer statement). */
export class ComplianceRollupService extends BaseService {
  async rollup(unitId: string | null): Promise<TrainingComplianceRollup> {
    this.requireRole('SUPERVISOR', 'TRAINER', 'ADMIN');
    const nodes = await this.em.find(UnitTreeNode, {});
    const root = complianceRoot(this.actor, unitId, nodes);
    const units = subtree(nodes, root).map((u) => u.unitId);
    const now = new Date();
    const today = shanghaiDate(now);
    if (units.length === 0) {
      return { asOf: today, units: [] };
    }
    const standings = await complianceOfficers(this.readConnection(), populationFilter(null, units), Number(today.slice(0, 4)), now);
    return {
      asOf: today,
      units: rollUp(nodes, standings, root).map(unitTreeRow),
    };
  }
}
