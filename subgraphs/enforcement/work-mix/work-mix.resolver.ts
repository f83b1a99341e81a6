import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { StatsPeriodInput } from '../statistics/enforcement-stats.types';
import { WorkMixService } from './work-mix.service';
import { WorkMix } from './work-mix.types';

@Resolver(() => WorkMix)
export class WorkMixResolver {
  @Query(() => WorkMix, {
    description:
      '721 工作量 — service, management and enforcement work of a unit (with the units under it) or the whole bureau in a period of at ' +
      'most 366 days, with shares and the distance from 70/20/10 in `split` (SUPERVISOR: own unit; ADMIN: any unit, or the bureau without unitId)',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  workMix(
    @Arg('period', () => StatsPeriodInput) period: StatsPeriodInput,
    @Arg('unitId', () => ID, { nullable: true, description: 'Unit (with all units under it); a supervisor’s own by default, the whole bureau for ADMIN' })
    unitId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(WorkMixService).of(period, unitId);
  }
}
