import { randomUUID } from 'node:crypto';

import type { EntityManager } from '@mikro-orm/postgresql';

import { TrainingNotificationKind as K } from './training-notifications';
import type { TrainingNotice } from './training-notifications';

/** 提醒标题 — the short Chinese title shown above each notice's message. */
export const NOTICE_TITLES: Record<K, string> = {
  [K.NEW_ASSIGNMENT]: '新指派',
  [K.DUE_DATE_CHANGED]: '截止日期调整',
  [K.DUE_SOON]: '即将截止',
  [K.OVERDUE]: '已逾期',
  [K.CERTIFICATION_EXPIRING]: '执法资格即将到期',
  [K.CERTIFICATION_EXPIRED]: '执法资格已过期',
  [K.EXAM_GRADED]: '考试已评分',
  [K.EXTERNAL_CLAIM_DECIDED]: '学时申报已审核',
};

export interface OfficerNotice {
  officerId: string;
  notice: TrainingNotice;
}

const COLUMNS = [
  ['id', 'uuid'],
  ['officer_id', 'uuid'],
  ['kind', 'training.training_notification_kind'],
  ['dedup_key', 'varchar'],
  ['subject_id', 'uuid'],
  ['title', 'varchar'],
  ['body', 'text'],
  ['occurred_on', 'date'],
  ['due_on', 'date'],
  ['enrollment_id', 'uuid'],
  ['course_id', 'uuid'],
  ['exam_id', 'uuid'],
  ['certification_id', 'uuid'],
  ['attempt_id', 'uuid'],
  ['claim_id', 'uuid'],
] as const;
const ROW = `(${COLUMNS.map(([, type]) => `?::${type}`).join(', ')})`;
const CHUNK = 400;

const values = ({ officerId, notice: n }: OfficerNotice) => [
  randomUUID(),
  officerId,
  n.kind,
  n.key,
  n.key.split(':')[1],
  NOTICE_TITLES[n.kind],
  n.message,
  n.occurredOn,
  n.dueOn,
  n.enrollmentId,
  n.courseId,
  n.examId ?? null,
  n.certificationId,
  n.attemptId ?? null,
  n.claimId ?? null,
];

/**
 * Stores notices with `INSERT … ON CONFLICT (officer_id, dedup_key) DO NOTHING`, on `em`'s transaction when it has
 * one: a notice already stored (by this or another instance, or an earlier day's run) is left as it is, read mark
 * included. A read mark made before notices were stored (notification_read) carries over. Returns how many were new.
 */
export async function storeNotices(em: EntityManager, notices: OfficerNotice[]): Promise<number> {
  // one order for every producer, so two transactions inserting the same new notices wait on each other, never deadlock
  const sorted = [...notices].sort((a, b) => (a.officerId === b.officerId ? (a.notice.key < b.notice.key ? -1 : 1) : a.officerId < b.officerId ? -1 : 1));
  let stored = 0;
  for (let i = 0; i < sorted.length; i += CHUNK) {
    const chunk = sorted.slice(i, i + CHUNK);
    const names = COLUMNS.map(([name]) => name).join(', ');
    const rows: unknown[] = await em.execute(
      `insert into training.officer_notification (${names}, created_at, updated_at, read_at)
       select v.*, now(), now(),
              (select min(r.created_at) from training.notification_read r where r.officer_id = v.officer_id and r.notification_key = v.dedup_key)
         from (values ${chunk.map(() => ROW).join(', ')}) as v(${names})
       on conflict (officer_id, dedup_key) do nothing
       returning id`,
      chunk.flatMap(values),
    );
    stored += rows.length;
  }
  return stored;
}
