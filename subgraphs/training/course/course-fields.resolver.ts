import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Lesson } from '../lesson/lesson.entity';
import { lessonsByCourse } from '../lesson/lesson.loaders';
import { Course } from './course.entity';
import { courseById } from './course.loaders';

@Resolver(() => Course)
export class CourseFieldsResolver {
  @FieldResolver(() => [Lesson], { description: '课时 — lessons in order' })
  lessons(@Root() course: Course, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(lessonsByCourse).load(course.id);
  }

  @FieldResolver(() => [Course], { description: '先修课程 — courses to complete before starting this one' })
  async prerequisites(@Root() course: Course, @Ctx() ctx: SubgraphContext) {
    const found = await ctx.loaders.get(courseById).loadMany(course.prerequisiteIds);
    return found.filter((c): c is Course => c instanceof Course);
  }
}
