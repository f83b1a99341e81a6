import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { DecisionChangesService } from './decision-changes.service';
import { EnforcementStats } from './enforcement-stats.types';

@Resolver(() => EnforcementStats)
export class EnforcementStatsDecisionChangesResolver {
  @FieldResolver(() => Int, {
    description:
      '处置变更次数 — dispositions superseded by a later decision on the cases of the period; the 721 shares count each case by its first effective decision, so every change shows here',
  })
  decisionChanges(@Root() stats: EnforcementStats, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DecisionChangesService).count(stats);
  }
}
