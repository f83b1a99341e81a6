import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { Authenticated, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { StreetRatingRoundConnection } from './street-rating.connection';
import { CreateStreetRatingRoundInput, ScoreStreetInput, StreetRatingResult, StreetRatingRoundPayload, StreetScorePayload } from './street-rating.inputs';
import { StreetRatingService } from './street-rating.service';

@Resolver()
export class StreetRatingResolver {
  @Mutation(() => StreetRatingRoundPayload, {
    description: '发起街路评比 — open a rating round (supervisors)',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  createStreetRatingRound(@Arg('input', () => CreateStreetRatingRoundInput) input: CreateStreetRatingRoundInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StreetRatingService).createRound(input);
  }

  @Mutation(() => StreetScorePayload, {
    description: '街路评分 — score a street once per round (signed-in callers)',
  })
  @Authenticated()
  scoreStreet(@Arg('input', () => ScoreStreetInput) input: ScoreStreetInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StreetRatingService).score(input);
  }

  @Query(() => StreetRatingRoundConnection, {
    description: '街路评比 — rating rounds, newest first (public)',
  })
  streetRatingRounds(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StreetRatingService).rounds(args);
  }

  @Query(() => [StreetRatingResult], {
    description: '评比结果 — streets of a round ranked by total (public)',
  })
  streetRatingResults(@Arg('roundId', () => ID) roundId: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StreetRatingService).results(roundId);
  }
}
