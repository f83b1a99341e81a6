import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ExamAttemptConnection } from '../attempt/attempt.connection';
import { GradeCaseAnswerInput, GradeCaseAnswerPayload } from './hand-grading.inputs';
import { HandGradingService } from './hand-grading.service';

@Resolver()
export class HandGradingResolver {
  @Query(() => ExamAttemptConnection, {
    description: '待评队列 — attempts whose case-analysis answers await a trainer, longest waiting first; read each through `review` (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  caseAnalysisGradingQueue(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('examId', () => ID, { nullable: true, description: '考试 — only this exam’s attempts' }) examId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(HandGradingService).queue(args, examId ?? null);
  }

  @Mutation(() => GradeCaseAnswerPayload, {
    description:
      '人工评分 — grades one case-analysis answer; the last one makes the attempt’s score final (and certifies on a passed CERTIFICATION exam). Not the examinee, not the question’s author unless the review policy allows (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  gradeCaseAnswer(@Arg('input', () => GradeCaseAnswerInput) input: GradeCaseAnswerInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(HandGradingService).grade(input);
  }
}
