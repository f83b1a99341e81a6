import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { LegalReviewConnection } from './legal-review.connection';
import { LegalReview } from './legal-review.entity';
import { DecideLegalReviewInput, LegalReviewFilter, LegalReviewPayload, RequestLegalReviewInput } from './legal-review.inputs';
import { LegalReviewService } from './legal-review.service';

@Resolver(() => LegalReview)
export class LegalReviewResolver {
  @Mutation(() => LegalReviewPayload, {
    description: '提请法制审核 — the handling officer proposes a decision with a fine for legal review (joins the case timeline)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  requestLegalReview(@Arg('input', () => RequestLegalReviewInput) input: RequestLegalReviewInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LegalReviewService).request(input);
  }

  @Mutation(() => LegalReviewPayload, {
    description: '法制审核 — the 法制科 approves or returns a proposal with written opinions; never the handling officer (joins the case timeline)',
  })
  @RequiresRoles('LEGAL_REVIEWER')
  decideLegalReview(@Arg('input', () => DecideLegalReviewInput) input: DecideLegalReviewInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LegalReviewService).decide(input);
  }

  @Query(() => LegalReviewConnection, { description: '法制审核列表 — legal reviews, oldest request first (LEGAL_REVIEWER, ADMIN)' })
  @RequiresRoles('LEGAL_REVIEWER', 'ADMIN')
  legalReviews(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => LegalReviewFilter, { nullable: true }) filter: LegalReviewFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(LegalReviewService).list(args, filter ?? {});
  }
}
