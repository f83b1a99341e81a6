import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ComplianceService } from './compliance.service';
import { TrainingComplianceReport } from './compliance.types';

@Resolver()
export class ComplianceResolver {
  @Query(() => TrainingComplianceReport, {
    description:
      '培训合规 — hours, quotas, overdue assignments, new-hire induction, certificates expiring / expired and duty-ineligible officers: overall, per unit, and rolled up the unit tree to brigade and bureau. Trainers and admins: any unit, or the whole bureau. Supervisors: their own unit and the units below it (the default; FORBIDDEN on another unit)',
  })
  @RequiresRoles('SUPERVISOR', 'TRAINER', 'ADMIN')
  trainingCompliance(
    @Arg('year', () => Int, { description: '年度 — year' }) year: number,
    @Arg('officerIds', () => [ID], { nullable: true, description: 'Only these officers (≤ 1000)' }) officerIds: string[] | null,
    @Arg('cohortId', () => ID, { nullable: true, description: 'Only (also) this cohort’s members' }) cohortId: string | null,
    @Arg('unitId', () => ID, {
      nullable: true,
      description:
        '单位 — only officers of this unit and the units below it; byUnitTree starts at it (NOT_FOUND when training’s unit tree lacks it; a supervisor’s default and limit is their own unit)',
    })
    unitId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ComplianceService).report(year, officerIds ?? null, cohortId ?? null, unitId ?? null);
  }
}
