import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { AttemptScoreChange } from './attempt-score-change.entity';
import { RegradeExamAttemptsInput, RegradeExamAttemptsPayload, RegradeExamInput } from './regrade.inputs';
import { RegradeService } from './regrade.service';

@Resolver(() => ExamAttempt)
export class AttemptRegradeResolver {
  @Mutation(() => RegradeExamAttemptsPayload, {
    description:
      '重新评分 — regrades the exam’s submitted attempts that used an older version of a revised question: auto-graded answers are scored against the fixed key, hand-graded case analyses keep their grade; score, pass and certificate follow (issued on a new pass, suspended on a new fail, reinstated when a later regrade passes an attempt whose certificate a regrade suspended); each regrade is in the attempt’s scoreHistory. Idempotent (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  regradeExamAttempts(@Arg('input', () => RegradeExamAttemptsInput) input: RegradeExamAttemptsInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(RegradeService).regrade(input);
  }

  @Mutation(() => RegradeExamAttemptsPayload, {
    description:
      '整卷重新评分 — regrades, in one transaction, every submitted attempt of the exam graded against an older version of any question fixed since (as regradeExamAttempts for each such question, in paper order, one scoreHistory entry per question); the certificate follows the attempt’s pass before and after: issued on a first pass, suspended on a new fail, reinstated when a later regrade passes it again. CONFLICT (nothing changed) when a revision changed the options shown. Idempotent (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  regradeExam(@Arg('input', () => RegradeExamInput) input: RegradeExamInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(RegradeService).regradeExam(input);
  }

  @FieldResolver(() => [AttemptScoreChange], {
    description: '成绩变更史 — regrades of this attempt, oldest first (trainers; the examinee while the review policy shows the score, else empty)',
  })
  scoreHistory(@Root() attempt: ExamAttempt, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(RegradeService).history(attempt);
  }
}
