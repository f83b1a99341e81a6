import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { VendingZone } from '../vending-zone/vending-zone.entity';
import { SelfGovernanceCommittee } from './committee.entity';
import { committeeByZone } from './committee.loaders';

@Resolver(() => VendingZone)
export class VendingZoneCommitteeResolver {
  @FieldResolver(() => SelfGovernanceCommittee, {
    nullable: true,
    description: "商户自治委员会 — the zone's committee and duty roster (public); null when none is formed",
  })
  committee(@Root() zone: VendingZone, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(committeeByZone).load(zone.id);
  }
}
