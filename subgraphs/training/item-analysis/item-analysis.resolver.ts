import { Arg, Ctx, GraphQLISODateTime, ID, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ItemAnalysisService, MAX_PERIOD_DAYS } from './item-analysis.service';
import { DistractorAnalysisReport } from './item-analysis.types';

@Resolver()
export class ItemAnalysisResolver {
  @Query(() => DistractorAnalysisReport, {
    description:
      '干扰项分析 — per question of an exam: how often each option was chosen, difficulty, discrimination and flags, over graded attempts submitted in a period (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  distractorAnalysis(
    @Arg('examId', () => ID, { description: '考试 — exam id' }) examId: string,
    @Arg('from', () => GraphQLISODateTime, { description: '起 — submitted at or after' }) from: Date,
    @Arg('to', () => GraphQLISODateTime, { description: `止 — submitted before; after from, at most ${MAX_PERIOD_DAYS} days later` }) to: Date,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ItemAnalysisService).report(examId, from, to);
  }
}
