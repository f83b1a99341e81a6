import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import { feedbackSummaryByOfficer } from './feedback.loaders';
import { OfficerFeedbackService } from './officer-feedback.service';

@Resolver(() => Officer)
export class OfficerComplaintsResolver {
  /** Also what training's `Officer.assessment` @requires; null (not an error) for callers who may not see it. */
  @FieldResolver(() => Int, {
    nullable: true,
    description: '投诉属实数 — substantiated complaints about the officer; null unless the caller is the officer, a supervisor, trainer or admin',
  })
  async substantiatedComplaints(@Root() officer: Officer, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    if (!ctx.services.get(OfficerFeedbackService).maySeeSummary(officer.id)) {
      return null;
    }
    return (await ctx.loaders.get(feedbackSummaryByOfficer).load(officer.id)).substantiatedComplaintCount;
  }
}
