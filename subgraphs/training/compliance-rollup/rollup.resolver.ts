import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ComplianceRollupService } from './rollup.service';
import { TrainingComplianceRollup } from './rollup.types';

@Resolver()
export class ComplianceRollupResolver {
  @Query(() => TrainingComplianceRollup, {
    description:
      '培训合规汇总 — per unit and rolled up to brigade and bureau: share of officers who completed required training and who are duty-eligible, certificates expiring / expired (trainers: any unit; supervisors: their own unit and below)',
    deprecationReason:
      'Use trainingCompliance(year, unitId) { byUnitTree }: the same roll-up to brigade and bureau, with hours, quotas, induction, certificates and duty-ineligible officers per level',
  })
  @RequiresRoles('SUPERVISOR', 'TRAINER', 'ADMIN')
  trainingComplianceRollup(
    @Arg('unitId', () => ID, {
      nullable: true,
      description: '单位 — the subtree’s root; omit for the whole bureau (trainers) or the caller’s own unit (supervisors)',
    })
    unitId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ComplianceRollupService).rollup(unitId ?? null);
  }
}
