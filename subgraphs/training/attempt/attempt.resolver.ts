import { Arg, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Authenticated, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Exam } from '../exam/exam.entity';
import { examById } from '../exam/exam.loaders';
import { Officer } from '../officer/officer.stub';
import { AttemptService } from './attempt.service';
import {
  AnswerQuestionInput,
  AnswerQuestionPayload,
  AttemptQuestion,
  AttemptReview,
  ExamAttemptPayload,
  StartExamAttemptInput,
  SubmitExamAttemptInput,
} from './attempt.types';
import { AttemptViewService } from './attempt-view.service';
import { ExamAttempt } from './exam-attempt.entity';

@Resolver(() => ExamAttempt)
export class AttemptResolver {
  @Mutation(() => ExamAttemptPayload, { description: '开始考试 — starts an attempt; one in progress per exam (the officer)' })
  @RequiresRoles('OFFICER')
  startExamAttempt(@Arg('input', () => StartExamAttemptInput) input: StartExamAttemptInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(AttemptService).start(input);
  }

  @Mutation(() => AnswerQuestionPayload, { description: '作答 — stores an answer; CONFLICT after the deadline (the officer)' })
  @RequiresRoles('OFFICER')
  async answerQuestion(@Arg('input', () => AnswerQuestionInput) input: AnswerQuestionInput, @Ctx() ctx: SubgraphContext) {
    const { attempt, item, question } = await ctx.services.get(AttemptService).answer(input);
    return { question: await ctx.services.get(AttemptViewService).question(attempt, item, question) };
  }

  @Mutation(() => ExamAttemptPayload, { description: '交卷 — submits and grades the attempt (the officer)' })
  @RequiresRoles('OFFICER')
  submitExamAttempt(@Arg('input', () => SubmitExamAttemptInput) input: SubmitExamAttemptInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(AttemptService).submit(input);
  }

  @Query(() => ExamAttempt, { description: '考试作答 — one attempt (the examinee, trainers)' })
  @Authenticated()
  examAttempt(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(AttemptService).get(id);
  }

  @FieldResolver(() => Exam, { description: '考试 — the exam' })
  exam(@Root() attempt: ExamAttempt, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(examById).load(attempt.examId);
  }

  @FieldResolver(() => [AttemptQuestion], { description: '试题 — the paper as the examinee sees it (no answers)' })
  questions(@Root() attempt: ExamAttempt, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(AttemptViewService).questions(attempt);
  }

  @FieldResolver(() => AttemptReview, { description: '试卷解析 — answers, scores and explanations; CONFLICT before grading' })
  review(@Root() attempt: ExamAttempt, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(AttemptViewService).review(attempt);
  }

  @FieldResolver(() => Float, { nullable: true, description: '得分（%） — score in percent; null until graded or while the review policy hides it' })
  async scorePercent(@Root() attempt: ExamAttempt, @Ctx() ctx: SubgraphContext) {
    return (await ctx.services.get(AttemptViewService).result(attempt)).scorePercent;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: '是否及格 — passed; null until graded or while the review policy hides the score' })
  async passed(@Root() attempt: ExamAttempt, @Ctx() ctx: SubgraphContext) {
    return (await ctx.services.get(AttemptViewService).result(attempt)).passed;
  }

  @FieldResolver(() => Officer, { description: '考生 — the officer who made the attempt (resolved by enforcement)' })
  officer(@Root() attempt: ExamAttempt): Officer {
    return { id: attempt.officerId };
  }
}
