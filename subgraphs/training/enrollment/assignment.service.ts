import type { FilterQuery } from '@mikro-orm/core';

import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';
import { paginate } from '../../../kernel/graphql/paginate';
import { BaseService } from '../../../kernel/services/base.service';
import { Course } from '../course/course.entity';
import { produceNotices } from '../notification/notification.job';
import { insertNew, resolveAssignees } from './assignment-targets';
import { EnrollmentStatus } from './enrollment-enums';
import { Enrollment } from './enrollment.entity';
import type { AssignCourseInput, AssignCoursePayload } from './enrollment.inputs';
import { isCalendarDate, shanghaiDate } from './shanghai-date';

/** 课程指派: trainers assign courses; supervisors and trainers see what is overdue. */
export class AssignmentService extends BaseService {
  /** Idempotent per officer and course: `INSERT … ON CONFLICT DO NOTHING` on the (officer, course) unique key. */
  async assign(input: AssignCourseInput): Promise<AssignCoursePayload> {
    this.requireRole('TRAINER', 'ADMIN');
    if (!isCalendarDate(input.dueOn) || input.dueOn < shanghaiDate(new Date())) {
      throw new ValidationError('input.dueOn', 'dueOn must be a real date, today or later');
    }
    const ids = await resolveAssignees(this.em, { ...input, includeSubUnits: input.includeSubUnits ?? true });
    const course = await this.em.findOne(Course, { id: input.courseId });
    if (!course) {
      throw new NotFoundError('Course', input.courseId, 'input.courseId');
    }
    if (!course.published) {
      throw new ConflictError(`Course ${course.code} is a draft: publish it before assigning`, { field: 'input.courseId' });
    }
    const createdCount = await this.em.transactional(async (em) => {
      const created = await insertNew(
        em,
        'enrollment',
        ['officer_id', 'course_id'],
        ids.map((officerId) => ({
          officer_id: officerId,
          course_id: course.id,
          status: EnrollmentStatus.ASSIGNED,
          due_on: input.dueOn,
          assigned_by: this.actor.subject,
        })),
      );
      await produceNotices(em, shanghaiDate(new Date()), ids); // NEW_ASSIGNMENT (and DUE_SOON) with the assignment
      return created;
    });
    const enrollments = await this.em.find(Enrollment, { courseId: course.id, officerId: { $in: ids } }, { orderBy: { officerId: 'asc' } });
    return { course, enrollments, createdCount };
  }

  /** 逾期未完成: assigned enrollments past their due date and not completed, oldest due first. */
  overdue(args: ConnectionArgs, courseId: string | null) {
    this.requireRole('SUPERVISOR', 'TRAINER', 'ADMIN');
    const where: FilterQuery<Enrollment> = {
      dueOn: { $lt: shanghaiDate(new Date()) },
      status: { $ne: EnrollmentStatus.COMPLETED },
    };
    if (courseId) {
      where.courseId = courseId;
    }
    return paginate(this.em, Enrollment, args, {
      where,
      orderBy: { dueOn: 'asc', id: 'asc' },
      maxPageSize: this.scope.config.limits.pageSizeMax,
    });
  }
}
