import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Cohort } from './cohort.entity';
import { CohortPayload, CreateCohortInput } from './cohort.inputs';
import { CohortService } from './cohort.service';

@Resolver(() => Cohort)
export class CohortResolver {
  @Mutation(() => CohortPayload, { description: '新建培训班 — a named group of officers (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  createCohort(@Arg('input', () => CreateCohortInput) input: CreateCohortInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CohortService).create(input);
  }
}
