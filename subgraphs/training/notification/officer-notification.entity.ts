import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { TrainingNotificationKind } from './training-notifications';

/**
 * 提醒 — one notice an officer received, stored once: the unique (officer, dedup key) makes a second producer's
 * insert (another instance's job, a retried transaction) a no-op. The dedup key is the rule's stable key
 * (kind + subject + the due date or the 90/60/30/7 stage), also the `key` clients mark read.
 */
@Entity({ tableName: 'officer_notification' })
@Unique({ properties: ['officerId', 'dedupKey'] })
@Index({ properties: ['officerId', 'occurredOn'] })
export class OfficerNotification extends BaseEntity {
  @Property({ type: 'uuid' })
  officerId!: string;

  @Enum({ items: () => TrainingNotificationKind, nativeEnumName: 'training_notification_kind' })
  kind!: TrainingNotificationKind;

  @Property({ type: 'string', length: 120 })
  dedupKey!: string;

  /** The assignment, certification, attempt or claim the notice is about (the id inside the key). */
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'string', length: 40 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'date' })
  occurredOn!: string;

  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  enrollmentId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  courseId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  examId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  certificationId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  attemptId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  claimId: string | null = null;

  @Property({ type: 'datetime', nullable: true })
  readAt: Date | null = null;
}
