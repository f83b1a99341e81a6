import { randomUUID } from 'node:crypto';

import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { ConflictError, NotFoundError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { Course } from '../course/course.entity';
import { Lesson } from '../lesson/lesson.entity';
import { HoursCause } from '../training-hours/hours-cause.enum';
import { EnrollmentStatus } from './enrollment-enums';
import { Enrollment } from './enrollment.entity';
import { LessonProgress } from './lesson-progress.entity';
import type { CompleteLessonInput, CompleteLessonPayload, StartCourseInput } from './enrollment.inputs';
import { shanghaiYear } from './shanghai-date';

/** 学习: the officer themself starts courses and completes lessons; completion credits hours exactly once. */
export class LearningService extends BaseService {
  private officerId(): string {
    this.requireRole('OFFICER');
    return this.actor.subject!;
  }

  async start(input: StartCourseInput): Promise<{ enrollment: Enrollment }> {
    const officerId = this.officerId();
    return this.em.transactional(async (em) => {
      const course = await em.findOne(Course, { id: input.courseId, published: true });
      if (!course) {
        throw new NotFoundError('Course', input.courseId, 'input.courseId');
      }
      await this.requirePrerequisites(em, officerId, course);
      // Self-enrollment when not assigned; a no-op when an assignment exists.
      await this.sql(
        em,
        `insert into training.enrollment (id, created_at, updated_at, officer_id, course_id, status)
         values (?, now(), now(), ?, ?, 'ASSIGNED') on conflict (officer_id, course_id) do nothing`,
        [randomUUID(), officerId, course.id],
      );
      const enrollment = await em.findOneOrFail(Enrollment, { officerId, courseId: course.id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (enrollment.status === EnrollmentStatus.ASSIGNED) {
        enrollment.status = EnrollmentStatus.IN_PROGRESS;
        enrollment.startedAt = new Date();
      }
      return { enrollment };
    });
  }

  /**
   * Records the lesson (once) and, when it was the last one, completes the enrollment and credits the course's
   * hours. The enrollment row is locked, so parallel calls serialise; the ledger's unique `source_key` is the
   * last guard against a double credit.
   */
  async completeLesson(input: CompleteLessonInput): Promise<CompleteLessonPayload> {
    const officerId = this.officerId();
    return this.em.transactional(async (em) => {
      const lesson = await em.findOne(Lesson, { id: input.lessonId });
      if (!lesson) {
        throw new NotFoundError('Lesson', input.lessonId, 'input.lessonId');
      }
      const enrollment = await em.findOne(Enrollment, { officerId, courseId: lesson.courseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!enrollment || enrollment.status === EnrollmentStatus.ASSIGNED) {
        throw new ConflictError('Start the course (startCourse) before completing its lessons', { field: 'input.lessonId' });
      }
      if (enrollment.status === EnrollmentStatus.COMPLETED) {
        return { enrollment, creditedHours: 0 };
      }
      await this.sql(
        em,
        `insert into training.lesson_progress (id, created_at, updated_at, enrollment_id, lesson_id)
         values (?, now(), now(), ?, ?) on conflict (enrollment_id, lesson_id) do nothing`,
        [randomUUID(), enrollment.id, lesson.id],
      );
      return this.completeIfDone(em, enrollment);
    });
  }

  private async completeIfDone(em: EntityManager, enrollment: Enrollment): Promise<CompleteLessonPayload> {
    const [total, done] = await Promise.all([em.count(Lesson, { courseId: enrollment.courseId }), em.count(LessonProgress, { enrollmentId: enrollment.id })]);
    if (done < total) {
      return { enrollment, creditedHours: 0 };
    }
    const course = await em.findOneOrFail(Course, { id: enrollment.courseId });
    const at = new Date();
    enrollment.status = EnrollmentStatus.COMPLETED;
    enrollment.completedAt = at;
    const credited = await this.sql(
      em,
      `insert into training.training_hours_entry (id, created_at, updated_at, officer_id, year, hours, category, cause, note, source_key, recorded_by)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (source_key) do nothing`,
      [
        at,
        at,
        enrollment.officerId,
        shanghaiYear(at),
        course.creditHours,
        course.category,
        HoursCause.COURSE_COMPLETION,
        `完成课程 ${course.code}`,
        `enrollment:${enrollment.id}`,
        this.actor.subject,
      ],
    );
    return { enrollment, creditedHours: credited.affectedRows > 0 ? course.creditHours : 0 };
  }

  /** 先修课程: every prerequisite must be COMPLETED by this officer; CONFLICT names the first missing one. */
  private async requirePrerequisites(em: EntityManager, officerId: string, course: Course): Promise<void> {
    if (course.prerequisiteIds.length === 0) {
      return;
    }
    const done = await em.find(Enrollment, { officerId, courseId: { $in: course.prerequisiteIds }, status: EnrollmentStatus.COMPLETED });
    const missingIds = course.prerequisiteIds.filter((id) => !done.some((e) => e.courseId === id));
    if (missingIds.length > 0) {
      const missing = await em.find(Course, { id: { $in: missingIds } }, { orderBy: { code: 'asc' } });
      const first = missing[0];
      throw new ConflictError(`Complete the prerequisite course ${first.code}《${first.title}》 first`, {
        field: 'input.courseId',
        missingCourseIds: missing.map((c) => c.id),
        missingCourseCodes: missing.map((c) => c.code),
      });
    }
  }

  /** A raw statement inside the current transaction (for INSERT … ON CONFLICT DO NOTHING). */
  private sql(em: EntityManager, statement: string, params: unknown[]): Promise<{ affectedRows: number }> {
    return em.getConnection().execute<{ affectedRows: number }>(statement, params, 'run', em.getTransactionContext());
  }
}
