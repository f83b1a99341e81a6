import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { AssignmentService } from './assignment.service';
import { EnrollmentConnection } from './enrollment.connection';
import { AssignCourseInput, AssignCoursePayload, CompleteLessonInput, CompleteLessonPayload, EnrollmentPayload, StartCourseInput } from './enrollment.inputs';
import { LearningService } from './learning.service';

@Resolver()
export class EnrollmentResolver {
  @Mutation(() => AssignCoursePayload, {
    description: '指派课程 — assigns a course to officers, a cohort or a unit and its sub-units; idempotent per officer (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  assignCourse(@Arg('input', () => AssignCourseInput) input: AssignCourseInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(AssignmentService).assign(input);
  }

  @Mutation(() => EnrollmentPayload, { description: '开始学习 — the officer starts a course; CONFLICT names a missing prerequisite' })
  @RequiresRoles('OFFICER')
  startCourse(@Arg('input', () => StartCourseInput) input: StartCourseInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LearningService).start(input);
  }

  @Mutation(() => CompleteLessonPayload, { description: '完成课时 — the officer completes a lesson; the last one credits the hours once' })
  @RequiresRoles('OFFICER')
  completeLesson(@Arg('input', () => CompleteLessonInput) input: CompleteLessonInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(LearningService).completeLesson(input);
  }

  @Query(() => EnrollmentConnection, { description: '逾期未完成 — assignments past their due date, oldest first (supervisors, trainers)' })
  @RequiresRoles('SUPERVISOR', 'TRAINER', 'ADMIN')
  overdueAssignments(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('courseId', () => ID, { nullable: true, description: 'Only this course' }) courseId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(AssignmentService).overdue(args, courseId ?? null);
  }
}
