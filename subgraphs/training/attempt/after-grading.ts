import type { EntityManager } from '@mikro-orm/postgresql';

import { issueCertification } from '../certification/certification.service';
import { ExamKind } from '../exam/exam-enums';
import { AttemptStatus } from './attempt-enums';
import { notifyGraded } from '../notification/notify-events';
import type { Exam } from '../exam/exam.entity';
import type { ExamAttempt } from './exam-attempt.entity';

/** Consequences of a graded attempt, inside the grading transaction: a passed CERTIFICATION exam certifies; the officer is notified (EXAM_GRADED). */
export async function afterGrading(em: EntityManager, attempt: ExamAttempt, exam: Exam): Promise<void> {
  if (exam.kind === ExamKind.CERTIFICATION && attempt.passed) {
    await issueCertification(em, attempt.officerId, attempt.id, exam.code, attempt.submittedAt!);
  }
  if (attempt.status === AttemptStatus.GRADED) {
    await notifyGraded(em, attempt, exam); // not while a case analysis waits for a trainer
  }
}
