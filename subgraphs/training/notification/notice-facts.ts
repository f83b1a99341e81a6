import type { EntityManager } from '@mikro-orm/postgresql';

import { AttemptStatus } from '../attempt/attempt-enums';
import { ExamAttempt } from '../attempt/exam-attempt.entity';
import { NOT_SUPERSEDED } from '../certification/certification.loaders';
import { Certification } from '../certification/certification.entity';
import { Course } from '../course/course.entity';
import { AssignmentDueOverride } from '../due-override/assignment-due-override.entity';
import { EnrollmentStatus } from '../enrollment/enrollment-enums';
import { Enrollment } from '../enrollment/enrollment.entity';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { examAssignmentDone } from '../exam-assignment/exam-assignment-rules';
import { ExamAssignment } from '../exam-assignment/exam-assignment.entity';
import { Exam } from '../exam/exam.entity';
import { ClaimStatus } from '../external-claim/claim-enums';
import { ExternalTrainingClaim } from '../external-claim/external-training-claim.entity';
import type { OfficerNotice } from './notice-store';
import { NEWS_DAYS, trainingNotifications } from './training-notifications';
import type { NotifiableAttempt, NotifiableClaim, NotifiableEnrollment } from './training-notifications';

const label = (x: { code: string; title: string } | undefined, fallback: string) => (x ? `${x.code}《${x.title}》` : fallback);
const group = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  rows.forEach((r) => map.set(key(r), [...(map.get(key(r)) ?? []), r]));
  return map;
};

/** The graded-attempt fact of the EXAM_GRADED rule. */
export const gradedFact = (attempt: ExamAttempt, exam: { code: string; title: string }): NotifiableAttempt => ({
  id: attempt.id,
  examLabel: label(exam, '考试'),
  submittedOn: shanghaiDate(attempt.submittedAt!),
});

/** The decided-claim fact of the EXTERNAL_CLAIM_DECIDED rule. */
export const decidedFact = (c: ExternalTrainingClaim): NotifiableClaim => ({
  id: c.id,
  title: c.title,
  approved: c.status === ClaimStatus.APPROVED,
  hours: c.hours,
  decidedOn: shanghaiDate(c.reviewedAt!),
  note: c.reviewNote,
});

type OfficerTask = NotifiableEnrollment & { officerId: string };

/** Open course assignments of the officers as assignment facts (with the latest due-date change). */
async function courseFacts(em: EntityManager, officerIds: string[]): Promise<OfficerTask[]> {
  const open = await em.find(Enrollment, { officerId: { $in: officerIds }, assignedBy: { $ne: null }, completedAt: null });
  const ids = open.map((e) => e.id);
  const courses = await em.find(Course, { id: { $in: [...new Set(open.map((e) => e.courseId))] } });
  const overrides = await em.find(AssignmentDueOverride, { enrollmentId: { $in: ids } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  const courseById = new Map(courses.map((c) => [c.id, c]));
  const lastOverride = new Map(overrides.map((o) => [o.enrollmentId, { on: shanghaiDate(o.createdAt), reason: o.reason }]));
  return open.map((e) => ({
    ...e,
    assignedOn: shanghaiDate(e.createdAt),
    courseLabel: label(courseById.get(e.courseId), '课程'),
    lastOverride: lastOverride.get(e.id) ?? null,
  }));
}

/** Exam assignments as assignment facts: done once an attempt is graded, started once one exists. */
async function examFacts(em: EntityManager, officerIds: string[]): Promise<OfficerTask[]> {
  const assignments = await em.find(ExamAssignment, { officerId: { $in: officerIds } });
  const examIds = [...new Set(assignments.map((a) => a.examId))];
  const exams = await em.find(Exam, { id: { $in: examIds } });
  const attempts = await em.find(ExamAttempt, { officerId: { $in: officerIds }, examId: { $in: examIds } }, { fields: ['officerId', 'examId', 'status'] });
  const examById = new Map(exams.map((x) => [x.id, x]));
  const tries = group(attempts, (a) => `${a.officerId}|${a.examId}`);
  return assignments.map((a) => {
    const mine = tries.get(`${a.officerId}|${a.examId}`) ?? [];
    const status = examAssignmentDone(mine) ? EnrollmentStatus.COMPLETED : mine.length > 0 ? EnrollmentStatus.IN_PROGRESS : EnrollmentStatus.ASSIGNED;
    return {
      id: a.id,
      officerId: a.officerId,
      status,
      dueOn: a.dueOn,
      assignedBy: a.assignedBy,
      assignedOn: shanghaiDate(a.createdAt),
      courseId: null,
      examId: a.examId,
      courseLabel: label(examById.get(a.examId), '考试'),
      lastOverride: null,
    };
  });
}

/** Graded attempts and decided claims of the last NEWS_DAYS (+1) days before `today`. */
async function recentFacts(em: EntityManager, officerIds: string[], today: string) {
  const since = new Date(Date.parse(`${today}T00:00:00+08:00`) - (NEWS_DAYS + 1) * 86_400_000);
  const attempts = await em.find(ExamAttempt, { officerId: { $in: officerIds }, status: AttemptStatus.GRADED, submittedAt: { $gte: since } });
  const claims = await em.find(ExternalTrainingClaim, { officerId: { $in: officerIds }, status: { $ne: ClaimStatus.PENDING }, reviewedAt: { $gte: since } });
  const exams = await em.find(Exam, { id: { $in: [...new Set(attempts.map((a) => a.examId))] } });
  const examById = new Map(exams.map((x) => [x.id, x]));
  return {
    graded: group(attempts, (a) => a.officerId),
    claims: group(claims, (c) => c.officerId),
    examOf: (a: ExamAttempt) => examById.get(a.examId) ?? { code: '', title: '考试' },
  };
}

/**
 * Every notice the rules (trainingNotifications) give `today` for these officers: their open course and exam
 * assignments, current certification, attempts graded and claims decided lately. A fixed number of statements
 * for any number of officers.
 */
export async function officerNotices(em: EntityManager, officerIds: string[], today: string): Promise<OfficerNotice[]> {
  if (officerIds.length === 0) {
    return [];
  }
  const params = officerIds.map(() => '?').join(', ');
  // one statement at a time: `em` is often a transaction (an assignment, a grade, the job), whose one connection
  // runs one statement at a time (concurrent queries on one pg client are deprecated and go in pg 9)
  const courses = await courseFacts(em, officerIds);
  const exams = await examFacts(em, officerIds);
  const recent = await recentFacts(em, officerIds, today);
  const certRows = await em.execute<Record<string, unknown>[]>(
    `select * from training.certification c where c.officer_id in (${params}) and ${NOT_SUPERSEDED}`,
    officerIds,
  );
  const certs = new Map(certRows.map((r) => em.map(Certification, r)).map((c) => [c.officerId, c]));
  const tasks = group([...courses, ...exams], (t) => t.officerId);
  return officerIds.flatMap((officerId) =>
    trainingNotifications(
      tasks.get(officerId) ?? [],
      certs.get(officerId) ?? null,
      today,
      (recent.graded.get(officerId) ?? []).map((a) => gradedFact(a, recent.examOf(a))),
      (recent.claims.get(officerId) ?? []).map(decidedFact),
    ).map((notice) => ({ officerId, notice })),
  );
}
