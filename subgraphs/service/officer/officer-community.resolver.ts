import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { CommunityAssessmentService } from '../community/community-assessment.service';
import { Officer } from './officer.stub';

@Resolver(() => Officer)
export class OfficerCommunityResolver {
  /** Also what training's `Officer.assessment` @requires. */
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "社区双线考核得分 — 0–100 over the last 365 days: residents' and the squad's ratings of the officer's community post, both lines needed; " +
      'null without both, or unless the caller is the officer, a supervisor, trainer or admin',
  })
  communityScore(@Root() officer: Officer, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    return ctx.services.get(CommunityAssessmentService).officerScore(officer.id);
  }
}
