import type { EntityManager } from '@mikro-orm/postgresql';

import type { ExamAttempt } from '../attempt/exam-attempt.entity';
import type { ExternalTrainingClaim } from '../external-claim/external-training-claim.entity';
import { decidedFact, gradedFact } from './notice-facts';
import { storeNotices } from './notice-store';
import { trainingNotifications } from './training-notifications';

/*
 * Event-time notices, stored in the transaction of the change that caused them (so they exist exactly when the
 * change does). The rule is evaluated on the day of the event itself: the event is the news, however old the
 * submission it grades.
 */

/** EXAM_GRADED, when an attempt is graded (automatically, at its deadline, or by the last hand grade). */
export async function notifyGraded(em: EntityManager, attempt: ExamAttempt, exam: { code: string; title: string }): Promise<void> {
  const fact = gradedFact(attempt, exam);
  const notices = trainingNotifications([], null, fact.submittedOn, [fact]);
  await storeNotices(
    em,
    notices.map((notice) => ({ officerId: attempt.officerId, notice })),
  );
}

/** EXTERNAL_CLAIM_DECIDED, when a trainer approves or rejects a claim. */
export async function notifyClaimDecided(em: EntityManager, claim: ExternalTrainingClaim): Promise<void> {
  const fact = decidedFact(claim);
  const notices = trainingNotifications([], null, fact.decidedOn, [], [fact]);
  await storeNotices(
    em,
    notices.map((notice) => ({ officerId: claim.officerId, notice })),
  );
}
