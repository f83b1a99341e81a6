import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Course } from '../course/course.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { completedLessonsByEnrollment } from '../enrollment/enrollment.loaders';
import { isOverdue } from '../enrollment/overdue';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { lessonsByCourse } from '../lesson/lesson.loaders';
import { exportFile } from '../spreadsheet/export-file';
import type { ExportedFile } from '../spreadsheet/exported-file.types';
import type { SpreadsheetFormat } from '../spreadsheet/spreadsheet-format.enum';
import { STATUS_LABELS } from './gradebook-export';
import { MAX_GRADEBOOK_EXPORT } from './gradebook.service';
import { OFFICER_HEADER, officerColumns } from './officer-columns';

const HEADER = [...OFFICER_HEADER, '状态', '截止日期', '是否逾期', '已完成课时', '课时总数', '开始时间', '完成时间'];

/** 课程成绩册: the enrollments of a course (assignments and self-started), by officer; progress and overdue per row. */
export class CourseGradebookService extends BaseService {
  page(course: Course, args: ConnectionArgs) {
    this.requireRole('TRAINER', 'ADMIN');
    return paginate(this.em, Enrollment, args, {
      where: { courseId: course.id },
      orderBy: { officerId: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }

  /** Every enrollment of the course as a spreadsheet, with names (officerColumns); a fixed number of statements. */
  async export(courseId: string, format: SpreadsheetFormat): Promise<ExportedFile> {
    this.requireRole('TRAINER', 'ADMIN');
    const course = await this.em.findOne(Course, { id: courseId });
    if (!course) {
      throw new NotFoundError('Course', courseId, 'courseId');
    }
    const rows = await this.em.find(Enrollment, { courseId }, { orderBy: { officerId: 'asc', id: 'asc' }, limit: MAX_GRADEBOOK_EXPORT + 1 });
    if (rows.length > MAX_GRADEBOOK_EXPORT) {
      throw new ValidationError('courseId', `The course has more than ${MAX_GRADEBOOK_EXPORT} enrollments; page through Course.gradebook instead`);
    }
    const lessons = (await this.scope.loaders.get(lessonsByCourse).load(courseId)).length;
    const done = rows.length ? await this.scope.loaders.get(completedLessonsByEnrollment).loadMany(rows.map((r) => r.id)) : [];
    const who = await officerColumns(
      this.scope,
      rows.map((r) => r.officerId),
      { entity: 'CourseGradebook', entityId: course.id },
    );
    const today = shanghaiDate(new Date());
    const cells = rows.map((e, i) => [
      ...who(e.officerId),
      STATUS_LABELS[e.status],
      e.dueOn ?? '',
      isOverdue(e, today) ? '是' : '否',
      String(typeof done[i] === 'number' ? done[i] : 0),
      String(lessons),
      e.startedAt?.toISOString() ?? '',
      e.completedAt?.toISOString() ?? '',
    ]);
    return exportFile(`课程成绩册-${course.code}`, HEADER, cells, format);
  }
}
