import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { EnforcementStats, StatsPeriodInput } from './enforcement-stats.types';
import { EnforcementStatsService } from './enforcement-stats.service';

@Resolver(() => EnforcementStats)
export class EnforcementStatsResolver {
  @Query(() => EnforcementStats, {
    description: '执法统计 — 721 shares, on-time closure, rework, handling time, repeat violations, recording and follow-up coverage',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  enforcementStats(
    @Arg('period', () => StatsPeriodInput) period: StatsPeriodInput,
    @Arg('unitId', () => ID, { nullable: true, description: 'Unit (with all units under it); a supervisor’s own by default' }) unitId: string | null,
    @Arg('gridCode', () => ID, { nullable: true, description: 'One grid cell instead of a unit' }) gridCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(EnforcementStatsService).stats(period, unitId, gridCode);
  }
}
