import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';

import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.entity';
import { officerById } from '../officer/officer.loaders';
import { Unit } from '../unit/unit.entity';
import { unitById } from '../unit/unit.loaders';
import { GridCellConnection } from './grid-cell.connection';
import { GridCell } from './grid-cell.entity';
import { GridCellFilter } from './grid-cell.inputs';
import { GridCellService } from './grid-cell.service';

@Resolver(() => GridCell)
export class GridCellResolver {
  @Query(() => GridCellConnection, { description: '网格列表 — grid cells, ordered by code (public)' })
  gridCells(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => GridCellFilter, { nullable: true }) filter: GridCellFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(GridCellService).list(args, filter ?? {});
  }

  @Query(() => GridCell, { description: '网格 — one grid cell by code (public)' })
  gridCell(@Arg('code', () => ID) code: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(GridCellService).get(code);
  }

  @Query(() => GridCell, { nullable: true, description: '定位网格 — the grid cell containing a point, if any (public)' })
  gridCellAt(@Arg('lat', () => Float) lat: number, @Arg('lng', () => Float) lng: number, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(GridCellService).containing(lat, lng);
  }

  @FieldResolver(() => Unit, { description: '责任单位 — unit responsible for the cell' })
  unit(@Root() cell: GridCell, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(unitById).load(cell.unit.id);
  }

  @FieldResolver(() => Officer, { nullable: true, description: '责任网格员 — the officer responsible for the cell' })
  responsibleOfficer(@Root() cell: GridCell, @Ctx() ctx: SubgraphContext) {
    return cell.responsibleOfficer ? ctx.loaders.get(officerById).load(cell.responsibleOfficer.id) : null;
  }
}
