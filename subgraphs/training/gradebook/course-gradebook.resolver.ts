import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Course } from '../course/course.entity';
import { EnrollmentConnection } from '../enrollment/enrollment.connection';
import { ExportedFile } from '../spreadsheet/exported-file.types';
import { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { CourseGradebookService } from './course-gradebook.service';
import { MAX_GRADEBOOK_EXPORT } from './gradebook.service';

@Resolver(() => Course)
export class CourseGradebookResolver {
  @FieldResolver(() => EnrollmentConnection, {
    nullable: true,
    description:
      '课程成绩册 — every officer enrolled in this course (assigned or self-started) with status, due date, overdue and lesson progress, by officer id (trainers)',
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  gradebook(@Root() course: Course, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CourseGradebookService).page(course, args);
  }

  @Query(() => ExportedFile, {
    description: `导出课程成绩册 — a course’s enrollments (at most ${MAX_GRADEBOOK_EXPORT}) with 姓名, 警号, 单位 (then officer and unit ids), status, due date, overdue and lessons done, as .xlsx or .csv (trainers)`,
  })
  @RequiresRoles('TRAINER', 'ADMIN')
  exportCourseGradebook(
    @Arg('courseId', () => ID, { description: '课程 — course id' }) courseId: string,
    @Arg('format', () => SpreadsheetFormat, { description: '格式 — XLSX or CSV' }) format: SpreadsheetFormat,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(CourseGradebookService).export(courseId, format);
  }
}
