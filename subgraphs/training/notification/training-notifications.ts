import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { reminderStage } from '../certification/reminder-stage';

export enum TrainingNotificationKind {
  NEW_ASSIGNMENT = 'NEW_ASSIGNMENT',
  DUE_DATE_CHANGED = 'DUE_DATE_CHANGED',
  DUE_SOON = 'DUE_SOON',
  OVERDUE = 'OVERDUE',
  CERTIFICATION_EXPIRING = 'CERTIFICATION_EXPIRING',
  CERTIFICATION_EXPIRED = 'CERTIFICATION_EXPIRED',
  EXAM_GRADED = 'EXAM_GRADED',
  EXTERNAL_CLAIM_DECIDED = 'EXTERNAL_CLAIM_DECIDED',
}

/** Days before the due date from which an assignment is DUE_SOON (issue 10: "due in 3 days"). */
export const DUE_SOON_DAYS = 3;
/** Days an assignment or a due-date change stays news. */
export const NEWS_DAYS = 14;

export interface NotifiableEnrollment {
  id: string;
  status: EnrollmentStatus;
  dueOn: string | null;
  assignedBy: string | null;
  /** YYYY-MM-DD (Asia/Shanghai) of the assignment. */
  assignedOn: string;
  /** The course, or with `examId` the exam, assigned; the label names it in messages. */
  courseId: string | null;
  examId?: string | null;
  courseLabel: string;
  /** The latest due-date change, if any. */
  lastOverride: { on: string; reason: string } | null;
}

export interface NotifiableCertification {
  id: string;
  expiresOn: string;
  suspended: boolean;
}

export interface NotifiableAttempt {
  id: string;
  examLabel: string;
  /** YYYY-MM-DD (Asia/Shanghai) of the submission. */
  submittedOn: string;
}

export interface NotifiableClaim {
  id: string;
  title: string;
  approved: boolean;
  hours: number;
  /** YYYY-MM-DD (Asia/Shanghai) of the decision. */
  decidedOn: string;
  note: string | null;
}

export interface TrainingNotice {
  key: string;
  kind: TrainingNotificationKind;
  message: string;
  occurredOn: string;
  dueOn: string | null;
  enrollmentId: string | null;
  courseId: string | null;
  examId?: string | null;
  certificationId: string | null;
  attemptId?: string | null;
  claimId?: string | null;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function assignmentNotices(e: NotifiableEnrollment, today: string): TrainingNotice[] {
  if (e.status === EnrollmentStatus.COMPLETED || e.dueOn === null || e.assignedBy === null) {
    return [];
  }
  const base = e.examId
    ? { dueOn: e.dueOn, enrollmentId: null, courseId: null, examId: e.examId, certificationId: null }
    : { dueOn: e.dueOn, enrollmentId: e.id, courseId: e.courseId, certificationId: null };
  const notices: TrainingNotice[] = [];
  if (e.dueOn < today) {
    notices.push({
      ...base,
      key: `OVERDUE:${e.id}:${e.dueOn}`,
      kind: TrainingNotificationKind.OVERDUE,
      occurredOn: addDays(e.dueOn, 1),
      message: `${e.courseLabel} 已逾期（截止 ${e.dueOn}），请尽快完成`,
    });
  } else if (e.dueOn <= addDays(today, DUE_SOON_DAYS)) {
    notices.push({
      ...base,
      key: `DUE_SOON:${e.id}:${e.dueOn}`,
      kind: TrainingNotificationKind.DUE_SOON,
      occurredOn: addDays(e.dueOn, -DUE_SOON_DAYS) > e.assignedOn ? addDays(e.dueOn, -DUE_SOON_DAYS) : e.assignedOn,
      message: `${e.courseLabel} 将于 ${e.dueOn} 截止`,
    });
  }
  if (e.lastOverride && e.lastOverride.on >= addDays(today, -NEWS_DAYS)) {
    notices.push({
      ...base,
      key: `DUE_DATE_CHANGED:${e.id}:${e.dueOn}`,
      kind: TrainingNotificationKind.DUE_DATE_CHANGED,
      occurredOn: e.lastOverride.on,
      message: `${e.courseLabel} 截止日期调整为 ${e.dueOn}（${e.lastOverride.reason}）`,
    });
  } else if (e.status === EnrollmentStatus.ASSIGNED && e.dueOn >= today && e.assignedOn >= addDays(today, -NEWS_DAYS)) {
    notices.push({
      ...base,
      key: `NEW_ASSIGNMENT:${e.id}`,
      kind: TrainingNotificationKind.NEW_ASSIGNMENT,
      occurredOn: e.assignedOn,
      message: `新指派${e.examId ? '考试' : '课程'}：${e.courseLabel}，截止 ${e.dueOn}`,
    });
  }
  return notices;
}

function certificationNotices(c: NotifiableCertification | null, today: string): TrainingNotice[] {
  if (!c || c.suspended) {
    return [];
  }
  const base = { dueOn: c.expiresOn, enrollmentId: null, courseId: null, certificationId: c.id };
  if (c.expiresOn < today) {
    return [
      {
        ...base,
        key: `CERTIFICATION_EXPIRED:${c.id}`,
        kind: TrainingNotificationKind.CERTIFICATION_EXPIRED,
        occurredOn: addDays(c.expiresOn, 1),
        message: `执法资格已于 ${c.expiresOn} 到期，不得上岗，请参加认证考试`,
      },
    ];
  }
  const stage = reminderStage(c.expiresOn, today);
  if (stage === null) {
    return [];
  }
  return [
    {
      ...base,
      key: `CERTIFICATION_EXPIRING:${c.id}:${stage}`,
      kind: TrainingNotificationKind.CERTIFICATION_EXPIRING,
      occurredOn: addDays(c.expiresOn, -stage),
      message: `执法资格将于 ${c.expiresOn} 到期（提前${stage}天提醒），请及时换证`,
    },
  ];
}

/**
 * 培训提醒 — what an officer must act on, computed from their assignments and certification on `today`:
 * - OVERDUE: an assigned course or exam past its due date and not completed (an exam: no graded attempt); DUE_SOON: due within 3 days;
 * - NEW_ASSIGNMENT: assigned in the last 14 days, not started and not yet overdue; DUE_DATE_CHANGED: a trainer moved the due date
 *   in the last 14 days (shown instead of NEW_ASSIGNMENT, with the reason);
 * - CERTIFICATION_EXPIRING at the 90/60/30/7-day reminder points; CERTIFICATION_EXPIRED (not eligible for duty).
 * - EXAM_GRADED: an attempt submitted in the last 14 days is graded (a case-analysis one once a trainer has graded
 *   it); the score itself shows under the exam's review policy, not here.
 * - EXTERNAL_CLAIM_DECIDED: a trainer approved (the hours are in the ledger) or rejected (with the note) the officer's
 *   external-training claim in the last 14 days.
 * Self-started courses (no assigner) and completed ones give none. Each notice has a stable key that changes when
 * the fact changes (a new due date, the next reminder point), so "read" marks a fact, not a course. Newest first.
 */
export function trainingNotifications(
  enrollments: NotifiableEnrollment[],
  certification: NotifiableCertification | null,
  today: string,
  graded: NotifiableAttempt[] = [],
  claims: NotifiableClaim[] = [],
): TrainingNotice[] {
  const notices = [
    ...enrollments.flatMap((e) => assignmentNotices(e, today)),
    ...certificationNotices(certification, today),
    ...graded
      .filter((a) => a.submittedOn >= addDays(today, -NEWS_DAYS))
      .map((a): TrainingNotice => ({
        key: `EXAM_GRADED:${a.id}`,
        kind: TrainingNotificationKind.EXAM_GRADED,
        occurredOn: a.submittedOn,
        message: `${a.examLabel} 已评分，可查看成绩`,
        dueOn: null,
        enrollmentId: null,
        courseId: null,
        certificationId: null,
        attemptId: a.id,
      })),
    ...claims
      .filter((c) => c.decidedOn >= addDays(today, -NEWS_DAYS))
      .map((c): TrainingNotice => ({
        key: `EXTERNAL_CLAIM_DECIDED:${c.id}`,
        kind: TrainingNotificationKind.EXTERNAL_CLAIM_DECIDED,
        occurredOn: c.decidedOn,
        message: c.approved
          ? `外部培训「${c.title}」学时申报已通过，计入 ${c.hours} 学时`
          : `外部培训「${c.title}」学时申报未通过${c.note ? `：${c.note}` : ''}`,
        dueOn: null,
        enrollmentId: null,
        courseId: null,
        certificationId: null,
        claimId: c.id,
      })),
  ];
  return notices.sort((a, b) => (a.occurredOn === b.occurredOn ? a.key.localeCompare(b.key) : a.occurredOn < b.occurredOn ? 1 : -1));
}
