import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';

import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ViolationTypeConnection } from './violation-type.connection';
import { ViolationType } from './violation-type.entity';
import { ViolationTypeFilter } from './violation-type.inputs';
import { ViolationTypeService } from './violation-type.service';

@Resolver(() => ViolationType)
export class ViolationTypeResolver {
  @Query(() => ViolationTypeConnection, { description: '违法行为类型目录 — the violation-type catalogue (public)' })
  violationTypes(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ViolationTypeFilter, { nullable: true }) filter: ViolationTypeFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ViolationTypeService).list(args, filter ?? {});
  }

  @Query(() => ViolationType, { description: '违法行为类型 — one catalogue entry by code (public)' })
  violationType(@Arg('code', () => ID) code: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ViolationTypeService).get(code);
  }
}
