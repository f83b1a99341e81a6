import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { CohortFilterInput } from './cohort-filter.inputs';
import { CohortListService } from './cohort-list.service';
import { Cohort } from './cohort.entity';
import { CohortConnection } from './cohort.connection';

@Resolver()
export class CohortListResolver {
  @Query(() => CohortConnection, { description: '培训班列表 — cohorts, newest first, filtered by name or member (supervisors, trainers)' })
  @RequiresRoles('SUPERVISOR', 'TRAINER', 'ADMIN')
  cohorts(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CohortFilterInput, { nullable: true, description: '筛选 — omit for every cohort' }) filter: CohortFilterInput | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(CohortListService).list(filter, args);
  }

  @Query(() => Cohort, { description: '培训班 — one cohort by id; NOT_FOUND on id when there is none (supervisors, trainers)' })
  @RequiresRoles('SUPERVISOR', 'TRAINER', 'ADMIN')
  cohort(@Arg('id', () => ID, { description: '培训班 — cohort id' }) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CohortListService).get(id);
  }
}
