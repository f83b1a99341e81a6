import type { EntityClass, FilterQuery } from '@mikro-orm/core';

import { ForbiddenError, NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { Certification } from '../certification/certification.entity';
import { Course } from '../course/course.entity';
import { Enrollment } from '../enrollment/enrollment.entity';
import { Exam } from '../exam/exam.entity';
import { ExternalTrainingClaim } from '../external-claim/external-training-claim.entity';
import { OfficerNotification } from './officer-notification.entity';
import type {
  MarkTrainingNotificationsReadInput,
  MarkTrainingNotificationsReadPayload,
  TrainingNotification,
  TrainingNotificationList,
} from './notification.types';

/** Most notices one list returns (the newest). */
export const MAX_NOTICES = 100;

export interface NotificationListArgs {
  first?: number;
  unreadOnly?: boolean;
}

/**
 * 培训提醒: reads the notices stored for the officer (written in the transaction of the assignment, grade or claim
 * decision that caused them, and by the notification job for date-driven ones); marks them read.
 */
export class TrainingNotificationService extends BaseService {
  async mine(args: NotificationListArgs = {}): Promise<TrainingNotificationList> {
    this.requireRole('OFFICER');
    return this.forOfficer(this.actor.subject!, args);
  }

  /** Officer.notifications: private to the officer (a supervisor or trainer is FORBIDDEN, as reads are personal). */
  async forOfficer(officerId: string, { first = 50, unreadOnly = false }: NotificationListArgs = {}): Promise<TrainingNotificationList> {
    this.requireSignedIn();
    if (this.actor.subject !== officerId) {
      throw new ForbiddenError('Only the officer sees their own notifications');
    }
    if (!Number.isInteger(first) || first < 1 || first > MAX_NOTICES) {
      throw new ValidationError('first', `first must be 1–${MAX_NOTICES}`);
    }
    const where = unreadOnly ? { officerId, readAt: null } : { officerId };
    const [rows, totalCount, unreadCount] = await Promise.all([
      this.em.find(OfficerNotification, where, { orderBy: { occurredOn: 'desc', dedupKey: 'asc' }, limit: first }),
      this.em.count(OfficerNotification, where),
      this.em.count(OfficerNotification, { officerId, readAt: null }),
    ]);
    return { unreadCount, totalCount, items: await this.present(rows) };
  }

  /** Marks the officer's notices read by key; a key that is not one of the officer's notices is NOT_FOUND and nothing is marked. */
  async markRead(input: MarkTrainingNotificationsReadInput): Promise<MarkTrainingNotificationsReadPayload> {
    this.requireRole('OFFICER');
    const officerId = this.actor.subject!;
    const keys = [...new Set(input.keys)];
    return this.em.transactional(async (em) => {
      const found = await em.find(OfficerNotification, { officerId, dedupKey: { $in: keys } }, { fields: ['dedupKey'] });
      const missing = keys.find((k) => !found.some((n) => n.dedupKey === k));
      if (missing) {
        throw new NotFoundError('TrainingNotification', missing, 'input.keys');
      }
      const markedCount = await em.nativeUpdate(OfficerNotification, { officerId, dedupKey: { $in: keys }, readAt: null }, { readAt: new Date() });
      const unreadCount = await em.count(OfficerNotification, { officerId, readAt: null });
      return { markedCount, unreadCount };
    });
  }

  /** The stored rows as the API shows them, with what each is about (one statement per kind of subject). */
  private async present(rows: OfficerNotification[]): Promise<TrainingNotification[]> {
    const load = async <T extends { id: string }>(entity: EntityClass<T>, ids: (string | null)[]) => {
      const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
      const found = wanted.length > 0 ? await this.em.find(entity, { id: { $in: wanted } } as unknown as FilterQuery<T>) : [];
      return (id: string | null) => (id === null ? null : (found.find((x) => x.id === id) ?? null));
    };
    const [enrollment, course, exam, certification, attempt, claim] = await Promise.all([
      load(
        Enrollment,
        rows.map((r) => r.enrollmentId),
      ),
      load(
        Course,
        rows.map((r) => r.courseId),
      ),
      load(
        Exam,
        rows.map((r) => r.examId),
      ),
      load(
        Certification,
        rows.map((r) => r.certificationId),
      ),
      load(
        ExamAttempt,
        rows.map((r) => r.attemptId),
      ),
      load(
        ExternalTrainingClaim,
        rows.map((r) => r.claimId),
      ),
    ]);
    return rows.map((r) => ({
      key: r.dedupKey,
      kind: r.kind,
      title: r.title,
      message: r.body,
      occurredOn: r.occurredOn,
      dueOn: r.dueOn,
      read: r.readAt !== null,
      readAt: r.readAt,
      createdAt: r.createdAt,
      enrollment: enrollment(r.enrollmentId),
      course: course(r.courseId),
      exam: exam(r.examId),
      certification: certification(r.certificationId),
      examAttempt: attempt(r.attemptId),
      externalClaim: claim(r.claimId),
    }));
  }
}
