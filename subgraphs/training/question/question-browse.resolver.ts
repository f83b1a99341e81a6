import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { AttemptQuestion } from '../attempt/attempt.types';
import { QuestionReviewConnection } from '../law/law.connection';
import { QuestionBrowseService } from './question-browse.service';
import { QuestionFilterInput } from './question-filter.inputs';

@Resolver()
export class QuestionBrowseResolver {
  @Query(() => QuestionReviewConnection, { description: '题库 — bank questions by topic, filtered and searched (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  questions(
    @Arg('filter', () => QuestionFilterInput, { nullable: true, description: '筛选 — criteria, all must hold' }) filter: QuestionFilterInput | null,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(QuestionBrowseService).list(filter, args);
  }

  @Query(() => AttemptQuestion, { description: '试题预览 — the current version exactly as an examinee sees it (no answers; trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  questionPreview(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(QuestionBrowseService).preview(id);
  }
}
