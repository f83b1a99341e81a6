import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Lesson } from '../lesson/lesson.entity';
import type { AddLessonInput, CreateCourseInput, PublishCourseInput } from './course-authoring.inputs';
import { Course } from './course.entity';

/** 课程编排: trainers create draft courses, append lessons and publish. */
export class CourseAuthoringService extends BaseService {
  async create(input: CreateCourseInput): Promise<{ course: Course }> {
    this.requireRole('TRAINER', 'ADMIN');
    if (Math.round(input.creditHours * 2) !== input.creditHours * 2) {
      throw new ValidationError('input.creditHours', 'creditHours must be a multiple of 0.5');
    }
    const prerequisiteIds = [...new Set(input.prerequisiteIds)];
    if (prerequisiteIds.length > 0 && (await this.em.count(Course, { id: { $in: prerequisiteIds } })) !== prerequisiteIds.length) {
      throw new ValidationError('input.prerequisiteIds', 'Every prerequisite must be an existing course');
    }
    if ((await this.em.count(Course, { code: input.code })) > 0) {
      throw new ConflictError(`A course with code ${input.code} already exists`, { field: 'input.code' });
    }
    const course = this.em.create(Course, {
      code: input.code,
      title: input.title.trim(),
      category: input.category,
      summary: input.summary.trim(),
      creditHours: input.creditHours,
      prerequisiteIds,
      mandatoryFor: [...new Set(input.mandatoryFor)],
      published: false,
    });
    await this.em.flush();
    return { course };
  }

  /** Lessons are appended (position = last + 1) and only to drafts: a published course's content is fixed. */
  async addLesson(input: AddLessonInput): Promise<{ lesson: Lesson; course: Course }> {
    this.requireRole('TRAINER', 'ADMIN');
    return this.em.transactional(async (em) => {
      const course = await this.lockDraft(em, input.courseId);
      const last = await em.findOne(Lesson, { courseId: course.id }, { orderBy: { position: 'desc' } });
      const lesson = em.create(Lesson, {
        courseId: course.id,
        position: (last?.position ?? 0) + 1,
        title: input.title.trim(),
        contentSummary: input.contentSummary.trim(),
        minutes: input.minutes,
      });
      return { lesson, course };
    });
  }

  async publish(input: PublishCourseInput): Promise<{ course: Course }> {
    this.requireRole('TRAINER', 'ADMIN');
    return this.em.transactional(async (em) => {
      const course = await this.lockDraft(em, input.courseId);
      if ((await em.count(Lesson, { courseId: course.id })) === 0) {
        throw new ConflictError('A course needs at least one lesson before it is published', { field: 'input.courseId' });
      }
      course.published = true;
      return { course };
    });
  }

  private async lockDraft(em: EntityManager, id: string): Promise<Course> {
    const course = await em.findOne(Course, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!course) {
      throw new NotFoundError('Course', id, 'input.courseId');
    }
    if (course.published) {
      throw new ConflictError(`Course ${course.code} is already published`, { field: 'input.courseId' });
    }
    return course;
  }
}
