import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { CourseConnection } from './course.connection';
import { Course } from './course.entity';
import { CourseFilter } from './course.inputs';
import { CourseService } from './course.service';

@Resolver(() => Course)
export class CourseResolver {
  @Query(() => CourseConnection, { description: '课程目录 — training courses, ordered by code (staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  courses(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => CourseFilter, { nullable: true }) filter: CourseFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(CourseService).list(args, filter ?? {});
  }

  @Query(() => Course, { description: '培训课程 — one course by id (staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  course(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CourseService).get(id);
  }
}
