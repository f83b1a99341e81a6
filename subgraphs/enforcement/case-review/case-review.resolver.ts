import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Case } from '../case/case.entity';
import { CaseReview } from './case-review.entity';
import { ReviewCaseInput, ReviewCasePayload } from './case-review.inputs';
import { reviewByCase } from './case-review.loaders';
import { CaseReviewService } from './case-review.service';

@Resolver(() => Case)
export class CaseReviewResolver {
  @Mutation(() => ReviewCasePayload, { description: '一案一评 — review a closed case and optionally mark it typical (supervisors)' })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  reviewCase(@Arg('input', () => ReviewCaseInput) input: ReviewCaseInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CaseReviewService).review(input);
  }

  @FieldResolver(() => CaseReview, { nullable: true, description: '案件评议 — the post-closure review, once done' })
  review(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(reviewByCase).load(c.id);
  }
}
