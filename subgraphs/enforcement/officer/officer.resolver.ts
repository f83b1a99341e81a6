import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { Authenticated, PersonalData } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { Unit } from '../unit/unit.entity';
import { unitById } from '../unit/unit.loaders';
import { OfficerConnection } from './officer.connection';
import { Officer } from './officer.entity';
import { OfficerFilter } from './officer.inputs';
import { gridCellsByOfficer } from './officer.loaders';
import { OfficerService } from './officer.service';

@Resolver(() => Officer)
export class OfficerResolver {
  @Query(() => OfficerConnection, { description: '执法队员名册 — officers, ordered by badge number (signed-in callers)' })
  @Authenticated()
  officers(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OfficerFilter, { nullable: true }) filter: OfficerFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(OfficerService).list(args, filter ?? {});
  }

  @Query(() => Officer, { description: '执法队员 — one officer by id (signed-in callers)' })
  @Authenticated()
  officer(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerService).get(id);
  }

  @FieldResolver(() => Unit, { description: '所属单位 — the unit the officer belongs to' })
  unit(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(unitById).load(officer.unit.id);
  }

  @FieldResolver(() => [GridCell], { description: '负责网格 — grid cells the officer patrols (网格员)' })
  grids(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(gridCellsByOfficer).load(officer.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '联系电话 — phone; signed-in callers only; masked (138****5678) except for ADMIN (audited) and the officer themself',
  })
  @Authenticated()
  @PersonalData()
  phone(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerService).phoneFor(officer);
  }
}
