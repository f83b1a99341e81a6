import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Case } from '../case/case.entity';
import { LegalReview } from './legal-review.entity';
import { legalReviewsByCase } from './legal-review.loaders';

@Resolver(() => Case)
export class CaseLegalReviewResolver {
  @FieldResolver(() => [LegalReview], { description: '法制审核 — legal reviews of proposed decisions on this case, oldest first' })
  legalReviews(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(legalReviewsByCase).load(c.id);
  }
}
