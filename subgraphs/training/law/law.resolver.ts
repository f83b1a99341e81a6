import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { LawArticleConnection, QuestionReviewConnection } from './law.connection';
import { AmendLawArticleInput, LawArticlePayload, RetireLawArticleInput } from './law.inputs';
import { LawService } from './law.service';

@Resolver()
export class LawResolver {
  @Mutation(() => LawArticlePayload, { description: '修订法条 — new CURRENT version; questions citing the old one need review (trainers)' })
  @RequiresRoles('TRAINER')
  amendLawArticle(@Arg('input', () => AmendLawArticleInput) input: AmendLawArticleInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LawService).amend(input);
  }

  @Mutation(() => LawArticlePayload, { description: '废止法条 — questions citing it need review (trainers)' })
  @RequiresRoles('TRAINER')
  retireLawArticle(@Arg('input', () => RetireLawArticleInput) input: RetireLawArticleInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LawService).retire(input);
  }

  @Query(() => LawArticleConnection, { description: '法条库 — law article versions (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  lawArticles(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LawService).list(args);
  }

  @Query(() => QuestionReviewConnection, { description: '待复核试题 — questions whose cited law changed (trainers)' })
  @RequiresRoles('TRAINER')
  questionsNeedingReview(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LawService).needingReview(args);
  }
}
