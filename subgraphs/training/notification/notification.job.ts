import type { EntityManager } from '@mikro-orm/postgresql';

import type { JobDefinition } from '../../../kernel/server/jobs';
import { shanghaiDate } from '../enrollment/shanghai-date';
import { officerNotices } from './notice-facts';
import { storeNotices } from './notice-store';

const BATCH = 500;

/** Officers who may have a notice: open assignments, a certification, a recent grade or claim decision. */
const CANDIDATES = `select officer_id from training.enrollment where assigned_by is not null and completed_at is null
  union select officer_id from training.exam_assignment
  union select officer_id from training.certification
  union select officer_id from training.exam_attempt where status = 'GRADED' and submitted_at > now() - interval '15 days'
  union select officer_id from training.external_training_claim where reviewed_at > now() - interval '15 days'
  order by 1`;

/**
 * Produces and stores the notices the rules give on `today` for the given officers (all candidates when omitted).
 * Idempotent: a notice already stored is not stored again, so two instances running this at once, or a run on the
 * next day, add nothing twice. Returns how many notices were new.
 */
export async function produceNotices(em: EntityManager, today: string, officerIds?: string[]): Promise<number> {
  const ids = officerIds ?? (await em.execute<{ officer_id: string }[]>(CANDIDATES)).map((r) => r.officer_id);
  let stored = 0;
  for (let i = 0; i < ids.length; i += BATCH) {
    stored += await storeNotices(em, await officerNotices(em, ids.slice(i, i + BATCH), today));
  }
  return stored;
}

/**
 * 培训提醒任务 — every 10 minutes: stores the date-driven notices (due in 3 days, overdue, certification expiring at
 * 90/60/30/7 days, expired) as they become true, and any event notice an earlier write missed. Every instance runs
 * it; the unique (officer, dedup key) makes the second insert of a notice a no-op, so no lock is needed.
 */
export const notificationJob: JobDefinition = {
  name: 'training-notifications',
  everyMs: 600_000,
  run: ({ scope }) => produceNotices(scope.em, shanghaiDate(new Date())),
};
