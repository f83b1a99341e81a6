import { Arg, Args, Ctx, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { CohortFilterInput } from './cohort-filter.inputs';
import { CohortListService } from './cohort-list.service';
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
}
