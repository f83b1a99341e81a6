import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { AttemptScoreChange } from './attempt-score-change.entity';
import { RegradeExamAttemptsInput, RegradeExamAttemptsPayload } from './regrade.inputs';
import { RegradeService } from './regrade.service';

@Resolver(() => ExamAttempt)
export class AttemptRegradeResolver {
  @Mutation(() => RegradeExamAttemptsPayload, {
    description:
      '重新评分 — regrades the exam’s submitted attempts that used an older version of a revised question: auto-graded answers are scored against the fixed key, hand-graded case analyses keep their grade; score, pass and certificate follow; each regrade is in the attempt’s scoreHistory. Idempotent (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  regradeExamAttempts(@Arg('input', () => RegradeExamAttemptsInput) input: RegradeExamAttemptsInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(RegradeService).regrade(input);
  }

  @FieldResolver(() => [AttemptScoreChange], {
    description: '成绩变更史 — regrades of this attempt, oldest first (trainers; the examinee while the review policy shows the score, else empty)',
  })
  scoreHistory(@Root() attempt: ExamAttempt, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(RegradeService).history(attempt);
  }
}
