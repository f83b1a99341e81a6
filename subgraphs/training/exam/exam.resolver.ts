import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ExamAttemptConnection } from '../attempt/attempt.connection';
import { ExamConnection } from './exam.connection';
import { Exam } from './exam.entity';
import { CreateExamInput, ExamOutcome, ExamPayload, ItemStatisticView } from './exam.inputs';
import { ExamService } from './exam.service';
import { ExamReadinessService } from './exam-readiness.service';
import { ExamReadiness } from './exam-readiness.types';

@Resolver(() => Exam)
export class ExamResolver {
  @Mutation(() => ExamPayload, { description: '新建考试 — creates and publishes an exam (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  createExam(@Arg('input', () => CreateExamInput) input: CreateExamInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExamService).create(input);
  }

  @Query(() => ExamConnection, { description: '考试 — published exams by code (staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  exams(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExamService).list(args);
  }

  @Query(() => Exam, { description: '考试 — one exam (staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  exam(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExamService).get(id);
  }

  @Query(() => [ItemStatisticView], { description: '试题分析 — difficulty and discrimination per question version (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  examItemStatistics(@Arg('examId', () => ID) examId: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExamService).statistics(examId);
  }

  @FieldResolver(() => ExamOutcome, { nullable: true, description: '我的成绩 — the caller’s counted result and attempts left (officers)' })
  @RequiresRoles('OFFICER')
  myResult(@Root() exam: Exam, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExamService).outcome(exam);
  }

  @FieldResolver(() => ExamReadiness, { nullable: true, description: '组卷就绪情况 — can officers start it now; what is missing if not (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  readiness(@Root() exam: Exam, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExamReadinessService).readiness(exam);
  }

  @FieldResolver(() => ExamAttemptConnection, { nullable: true, description: '作答记录 — every officer’s attempts of this exam, latest first (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  attempts(@Root() exam: Exam, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExamService).attempts(exam.id, args);
  }
}
