import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Course } from '../course/course.entity';
import { courseById } from '../course/course.loaders';
import { lessonsByCourse } from '../lesson/lesson.loaders';
import { Officer } from '../officer/officer.stub';
import { Enrollment } from './enrollment.entity';
import { EnrollmentProgress } from './enrollment.inputs';
import { completedLessonsByEnrollment } from './enrollment.loaders';
import { isOverdue } from './overdue';
import { shanghaiDate } from './shanghai-date';

@Resolver(() => Enrollment)
export class EnrollmentFieldsResolver {
  @FieldResolver(() => Course, { description: '课程 — the course' })
  course(@Root() e: Enrollment, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(courseById).load(e.courseId);
  }

  @FieldResolver(() => Officer, { description: '队员 — the enrolled officer' })
  officer(@Root() e: Enrollment): Officer {
    return { id: e.officerId };
  }

  @FieldResolver(() => EnrollmentProgress, { description: '进度 — lessons done out of the course’s lessons' })
  async progress(@Root() e: Enrollment, @Ctx() ctx: SubgraphContext): Promise<EnrollmentProgress> {
    const [completedLessons, lessons] = await Promise.all([
      ctx.loaders.get(completedLessonsByEnrollment).load(e.id),
      ctx.loaders.get(lessonsByCourse).load(e.courseId),
    ]);
    return { completedLessons, totalLessons: lessons.length };
  }

  @FieldResolver(() => Boolean, { description: '是否逾期 — past the due date (Asia/Shanghai) and not completed' })
  overdue(@Root() e: Enrollment): boolean {
    return isOverdue(e, shanghaiDate(new Date()));
  }
}
