import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';

import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { Unit } from '../unit/unit.stub';
import { formatClock, isOpenAt } from './opening-window';
import { VendingZoneStatus } from './vending-zone-enums';
import { VendingZone } from './vending-zone.entity';
import { NearbyVendingZoneConnection, VendingZoneConnection, VendingZoneFilter, VendingZonesNearArgs } from './vending-zone.inputs';
import { stallCountsByZone } from './vending-zone.loaders';
import { VendingZoneService } from './vending-zone.service';

@Resolver(() => VendingZone)
export class VendingZoneResolver {
  @Query(() => NearbyVendingZoneConnection, { description: '附近的疏导点 — open vending zones near a point, nearest first (public)' })
  vendingZonesNear(@Args(() => VendingZonesNearArgs) args: VendingZonesNearArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VendingZoneService).near(args);
  }

  @Query(() => VendingZoneConnection, { description: '便民疏导点 — open vending zones by name (public)' })
  vendingZones(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => VendingZoneFilter, { nullable: true }) filter: VendingZoneFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(VendingZoneService).list(args, filter ?? {});
  }

  @Query(() => VendingZone, { description: '便民疏导点 — one vending zone (public)' })
  vendingZone(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VendingZoneService).get(id);
  }

  @FieldResolver(() => String, { description: '开放时间 — opening time, HH:MM China time' })
  opensAt(@Root() zone: VendingZone): string {
    return formatClock(zone.opensMinute);
  }

  @FieldResolver(() => String, { description: '关闭时间 — closing time, HH:MM China time; earlier than opensAt when the window runs past midnight (夜市)' })
  closesAt(@Root() zone: VendingZone): string {
    return formatClock(zone.closesMinute);
  }

  @FieldResolver(() => Boolean, { description: '正在开放 — open now (status OPEN and inside the window)' })
  openNow(@Root() zone: VendingZone): boolean {
    return zone.status === VendingZoneStatus.OPEN && isOpenAt(zone, new Date());
  }

  @FieldResolver(() => Int, { description: '摊位数 — standard stalls in the zone' })
  async stallCount(@Root() zone: VendingZone, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await ctx.loaders.get(stallCountsByZone).load(zone.id)).total;
  }

  @FieldResolver(() => Int, { description: '空闲摊位 — stalls FREE to apply for' })
  async freeStallCount(@Root() zone: VendingZone, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await ctx.loaders.get(stallCountsByZone).load(zone.id)).free;
  }

  @FieldResolver(() => GridCell, { description: '所在网格 — grid cell it lies in' })
  grid(@Root() zone: VendingZone): GridCell {
    return { code: zone.gridCode };
  }

  @FieldResolver(() => Unit, { description: '管理中队 — the squad that runs it' })
  unit(@Root() zone: VendingZone): Unit {
    return { id: zone.unitId };
  }
}
