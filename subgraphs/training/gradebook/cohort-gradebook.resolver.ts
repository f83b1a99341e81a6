import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Cohort } from '../cohort/cohort.entity';
import { CohortGradebookConnection } from './cohort-gradebook.types';
import { CohortGradebookService } from './cohort-gradebook.service';

@Resolver(() => Cohort)
export class CohortGradebookResolver {
  @FieldResolver(() => CohortGradebookConnection, {
    nullable: true,
    description:
      '培训班成绩册 — every member of the cohort with the courses (lesson progress, overdue) and exams (best score, pass) assigned to them and their certification, by officer id (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  gradebook(@Root() cohort: Cohort, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CohortGradebookService).page(cohort, args);
  }
}
