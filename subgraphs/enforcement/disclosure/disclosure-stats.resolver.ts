import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { EnforcementStats } from '../statistics/enforcement-stats.types';
import { DisclosureKpis } from './disclosure-kpis';
import { DisclosureStatsService } from './disclosure-stats.service';

@Resolver(() => EnforcementStats)
export class EnforcementStatsDisclosureResolver {
  @FieldResolver(() => DisclosureKpis, { description: "行政执法公示 — disclosure rate and timeliness of the period's penalty decisions" })
  disclosure(@Root() stats: EnforcementStats, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DisclosureStatsService).kpis(stats);
  }
}
