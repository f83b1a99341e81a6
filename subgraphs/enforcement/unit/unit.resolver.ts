import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { UnitConnection } from './unit.connection';
import { Unit } from './unit.entity';
import { unitById } from './unit.loaders';
import { UnitService } from './unit.service';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => UnitConnection, { description: '执法单位 — units, optionally the children of one unit (public)' })
  units(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('parentId', () => ID, { nullable: true, description: 'Only direct children of this unit' }) parentId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(UnitService).list(args, parentId);
  }

  @Query(() => Unit, { description: '执法单位 — one unit by id (public)' })
  unit(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(UnitService).get(id);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '上级单位 — parent unit; null for the bureau' })
  parent(@Root() unit: Unit, @Ctx() ctx: SubgraphContext) {
    return unit.parent ? ctx.loaders.get(unitById).load(unit.parent.id) : null;
  }
}
