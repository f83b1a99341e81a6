import { Arg, Args, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { PeriodInput } from '../stats/participation-stats.types';
import { PointEntryConnection } from './point-entry.connection';
import { LeaderboardEntry, RedeemRewardInput, RedeemRewardPayload } from './points.inputs';
import { PointsService } from './points.service';
import { Reward } from './reward.entity';

@Resolver()
export class PointsResolver {
  @Query(() => PointEntryConnection, {
    description: "我的积分流水 — the caller's points ledger, newest first",
  })
  @RequiresRoles('VOLUNTEER')
  myPointEntries(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PointsService).myEntries(args);
  }

  @Query(() => [Reward], {
    description: '积分兑换目录 — rewards available, cheapest first (public)',
  })
  rewards(@Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PointsService).rewards();
  }

  @Query(() => [LeaderboardEntry], {
    description: '积分榜 — points earned in a period, highest first (public, names masked)',
  })
  pointsLeaderboard(
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Lines (1–100)' }) first: number,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(PointsService).leaderboard(period, first);
  }

  @Mutation(() => RedeemRewardPayload, {
    description: '积分兑换 — spend points on a reward (active volunteers)',
  })
  @RequiresRoles('VOLUNTEER')
  redeemReward(@Arg('input', () => RedeemRewardInput) input: RedeemRewardInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(PointsService).redeem(input.rewardId);
  }
}
