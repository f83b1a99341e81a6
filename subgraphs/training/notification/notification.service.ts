import { ForbiddenError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import { AttemptStatus } from '../attempt/attempt-enums';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { currentCertificationByOfficer } from '../certification/certification.loaders';
import type { Certification } from '../certification/certification.entity';
import type { Course } from '../course/course.entity';
import { courseById } from '../course/course.loaders';
import { dueOverridesByEnrollment } from '../due-override/due-override.loaders';
import type { Enrollment } from '../enrollment/enrollment.entity';
import { attemptsByOfficerExam } from '../attempt/attempt.loaders';
import { insertNew } from '../enrollment/assignment-targets';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { examAssignmentDone } from '../exam-assignment/exam-assignment-rules';
import { examAssignmentsByOfficer } from '../exam-assignment/exam-assignment.loaders';
import { enrollmentsByOfficer } from '../enrollment/enrollment.loaders';
import type { Exam } from '../exam/exam.entity';
import { examById } from '../exam/exam.loaders';
import { ClaimStatus } from '../external-claim/claim-enums';
import { ExternalTrainingClaim } from '../external-claim/external-training-claim.entity';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { NotificationRead } from './notification-read.entity';
import type {
  MarkTrainingNotificationsReadInput,
  MarkTrainingNotificationsReadPayload,
  TrainingNotification,
  TrainingNotificationList,
} from './notification.types';
import { NEWS_DAYS, trainingNotifications } from './training-notifications';
import type { NotifiableEnrollment } from './training-notifications';

const isApproved = (status: ClaimStatus) => status === ClaimStatus.APPROVED;

/**
 * 培训提醒: computed on each read from the officer's assignments, due-date changes and certification (so a new
 * assignment shows at once, in effect in the transaction that made it, and nothing is produced twice by two
 * instances); only the read marks are stored.
 */
export class TrainingNotificationService extends BaseService {
  async mine(): Promise<TrainingNotificationList> {
    this.requireRole('OFFICER');
    return this.forOfficer(this.actor.subject!);
  }

  /** Officer.notifications: private to the officer (a supervisor or trainer is FORBIDDEN, as reads are personal). */
  async forOfficer(officerId: string): Promise<TrainingNotificationList> {
    this.requireSignedIn();
    if (this.actor.subject !== officerId) {
      throw new ForbiddenError('Only the officer sees their own notifications');
    }
    const items = await this.compute(officerId);
    return { unreadCount: items.filter((n) => !n.read).length, items };
  }

  async markRead(input: MarkTrainingNotificationsReadInput): Promise<MarkTrainingNotificationsReadPayload> {
    this.requireRole('OFFICER');
    const officerId = this.actor.subject!;
    const markedCount = await insertNew(
      this.em,
      'notification_read',
      ['officer_id', 'notification_key'],
      [...new Set(input.keys)].map((key) => ({ officer_id: officerId, notification_key: key })),
    );
    const items = await this.compute(officerId);
    return { markedCount, unreadCount: items.filter((n) => !n.read).length };
  }

  private async compute(officerId: string): Promise<TrainingNotification[]> {
    const loaders = this.scope.loaders;
    const since = new Date(Date.now() - (NEWS_DAYS + 1) * 86_400_000);
    const [enrollments, certification, reads, attempts, claims] = await Promise.all([
      loaders.get(enrollmentsByOfficer).load(officerId),
      loaders.get(currentCertificationByOfficer).load(officerId),
      this.em.find(NotificationRead, { officerId }, { fields: ['notificationKey'] }),
      this.em.find(ExamAttempt, { officerId, status: AttemptStatus.GRADED, submittedAt: { $gte: since } }, { orderBy: { submittedAt: 'desc' }, limit: 20 }),
      this.em.find(
        ExternalTrainingClaim,
        { officerId, status: { $ne: ClaimStatus.PENDING }, reviewedAt: { $gte: since } },
        { orderBy: { reviewedAt: 'desc' }, limit: 20 },
      ),
    ]);
    const decided = claims.map((c) => ({
      id: c.id,
      title: c.title,
      approved: isApproved(c.status),
      hours: c.hours,
      decidedOn: shanghaiDate(c.reviewedAt!),
      note: c.reviewNote,
    }));
    const examTasks = await this.examTasks(officerId);
    const exams = await loaders.get(examById).loadMany(attempts.map((a) => a.examId));
    const graded = attempts.map((a, i) => {
      const exam = exams[i] as Exam | null;
      return { id: a.id, examLabel: exam ? `${exam.code}《${exam.title}》` : '考试', submittedOn: shanghaiDate(a.submittedAt!) };
    });
    const open = enrollments.filter((e) => e.assignedBy !== null && e.completedAt === null);
    const [courses, overrides] = await Promise.all([
      loaders.get(courseById).loadMany(open.map((e) => e.courseId)),
      loaders.get(dueOverridesByEnrollment).loadMany(open.map((e) => e.id)),
    ]);
    const course = new Map(open.map((e, i) => [e.id, courses[i] as Course]));
    const notifiable = open.map((e, i) => {
      const last = (overrides[i] as { createdAt: Date; reason: string }[]).at(-1);
      const c = course.get(e.id);
      return {
        ...e,
        assignedOn: shanghaiDate(e.createdAt),
        courseLabel: c ? `${c.code}《${c.title}》` : '课程',
        lastOverride: last ? { on: shanghaiDate(last.createdAt), reason: last.reason } : null,
      };
    });
    const readKeys = new Set(reads.map((r) => r.notificationKey));
    const byId = new Map<string, Enrollment>(open.map((e) => [e.id, e]));
    return trainingNotifications([...notifiable, ...examTasks.map((t) => t.notifiable)], certification, shanghaiDate(new Date()), graded, decided).map((n) => ({
      ...n,
      read: readKeys.has(n.key),
      enrollment: n.enrollmentId ? (byId.get(n.enrollmentId) ?? null) : null,
      course: n.enrollmentId ? (course.get(n.enrollmentId) ?? null) : null,
      certification: n.certificationId ? (certification as Certification) : null,
      examAttempt: n.attemptId ? (attempts.find((a) => a.id === n.attemptId) ?? null) : null,
      externalClaim: n.claimId ? (claims.find((c) => c.id === n.claimId) ?? null) : null,
      exam: n.examId ? (examTasks.find((t) => t.exam.id === n.examId)?.exam ?? null) : null,
    }));
  }

  /** The officer's exam assignments as assignment facts: done once an attempt is graded, started once one exists. */
  private async examTasks(officerId: string): Promise<{ exam: Exam; notifiable: NotifiableEnrollment }[]> {
    const loaders = this.scope.loaders;
    const assignments = await loaders.get(examAssignmentsByOfficer).load(officerId);
    const [exams, attempts] = await Promise.all([
      loaders.get(examById).loadMany(assignments.map((a) => a.examId)),
      loaders.get(attemptsByOfficerExam).loadMany(assignments.map((a) => `${officerId}|${a.examId}`)),
    ]);
    return assignments.map((a, i) => {
      const exam = exams[i] as Exam;
      const tries = attempts[i] as ExamAttempt[];
      const status = examAssignmentDone(tries) ? EnrollmentStatus.COMPLETED : tries.length > 0 ? EnrollmentStatus.IN_PROGRESS : EnrollmentStatus.ASSIGNED;
      return {
        exam,
        notifiable: {
          id: a.id,
          status,
          dueOn: a.dueOn,
          assignedBy: a.assignedBy,
          assignedOn: shanghaiDate(a.createdAt),
          courseId: null,
          examId: exam.id,
          courseLabel: `${exam.code}《${exam.title}》`,
          lastOverride: null,
        },
      };
    });
  }
}
