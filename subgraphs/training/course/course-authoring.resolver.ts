import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { AddLessonInput, CoursePayload, CreateCourseInput, LessonPayload, PublishCourseInput } from './course-authoring.inputs';
import { CourseAuthoringService } from './course-authoring.service';

@Resolver()
export class CourseAuthoringResolver {
  @Mutation(() => CoursePayload, { description: '新建课程 — creates a draft course (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  createCourse(@Arg('input', () => CreateCourseInput) input: CreateCourseInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CourseAuthoringService).create(input);
  }

  @Mutation(() => LessonPayload, { description: '添加课时 — appends a lesson to a draft course (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  addLesson(@Arg('input', () => AddLessonInput) input: AddLessonInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CourseAuthoringService).addLesson(input);
  }

  @Mutation(() => CoursePayload, { description: '发布课程 — publishes a draft course with lessons (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  publishCourse(@Arg('input', () => PublishCourseInput) input: PublishCourseInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CourseAuthoringService).publish(input);
  }
}
