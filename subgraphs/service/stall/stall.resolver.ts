import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { VendingZone } from '../vending-zone/vending-zone.entity';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { Stall } from './stall.entity';
import { StallConnection, StallsArgs } from './stall.inputs';
import { StallService } from './stall.service';

@Resolver(() => Stall)
export class StallResolver {
  @Query(() => StallConnection, { description: '摊位 — the stalls of a vending zone by number, e.g. the FREE ones (public)' })
  stalls(@Args(() => StallsArgs) args: StallsArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallService).list(args);
  }

  @Query(() => Stall, { description: '摊位 — one stall (public)' })
  stall(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallService).get(id);
  }

  @FieldResolver(() => VendingZone, { description: '所属疏导点 — the zone it belongs to' })
  zone(@Root() stall: Stall, @Ctx() ctx: SubgraphContext): Promise<VendingZone> {
    return ctx.services.get(VendingZoneService).get(stall.zoneId);
  }
}
