import { Args, Ctx, Query, Resolver } from 'type-graphql';

import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { DepartmentConnection } from './department.connection';
import { Department } from './department.entity';
import { DepartmentService } from './department.service';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => DepartmentConnection, { description: '协作部门 — partner departments, by name (public catalogue)' })
  departments(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DepartmentService).list(args);
  }
}
