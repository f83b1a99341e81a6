import { Entity, Enum, Index, OptionalProps, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { FeedbackKind, FeedbackStatus } from './feedback-enums';

/** 执法监督 — a citizen's praise or complaint about an officer, sent via the officer's supervision code. */
@Entity({ tableName: 'officer_feedback' })
@Index({ properties: ['officerId', 'kind'] })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType({
  description: '执法监督反馈 — praise or complaint about an officer (supervisors only)',
})
export class OfficerFeedback extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Field(() => ID, { description: 'Officer id (enforcement)' })
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => FeedbackKind, { description: '类型 — praise or complaint' })
  @Enum({ items: () => FeedbackKind, nativeEnumName: 'feedback_kind' })
  kind!: FeedbackKind;

  @Field(() => String, { description: '内容 — what happened' })
  @Property({ type: 'text' })
  content!: string;

  /** Signed-in sender, null when anonymous. */
  @Property({ type: 'string', length: 64, nullable: true })
  submitterSubject?: string | null;

  /** Optional contact for the follow-up; private. */
  @Property({ type: 'string', length: 20, nullable: true })
  contactPhone?: string | null;

  @Field(() => Boolean, {
    description: '观察员反馈 — sent by a citizen observer (城管观察员) with a term covering the day it was sent',
  })
  @Property({ type: 'boolean', default: false })
  fromObserver: Opt<boolean> = false;

  @Field(() => FeedbackStatus, { description: '核查结果 — investigation outcome' })
  @Index()
  @Enum({ items: () => FeedbackStatus, nativeEnumName: 'feedback_status' })
  status: FeedbackStatus = FeedbackStatus.RECEIVED;

  @Field(() => String, { nullable: true, description: '核查说明 — investigation note' })
  @Property({ type: 'text', nullable: true })
  investigationNote?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '核查时间 — when investigated' })
  @Property({ type: 'datetime', nullable: true })
  investigatedAt?: Date | null;
}
