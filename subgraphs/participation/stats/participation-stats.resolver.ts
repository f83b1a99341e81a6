import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ParticipationStatsService } from './participation-stats.service';
import { ParticipationStats, PeriodInput } from './participation-stats.types';

@Resolver()
export class ParticipationStatsResolver {
  @Query(() => ParticipationStats, {
    description: '公众参与统计 — report KPIs for a period, optionally one grid cell (staff)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  participationStats(
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('gridCode', () => ID, { nullable: true }) gridCode: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ParticipationStatsService).stats(period, gridCode ?? null);
  }
}
