import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 个人考试调整 — for one officer in one exam: extra attempts and/or a personal availability window, granted by a
 * trainer with a reason. One per exam and officer; a second grant is refused with CONFLICT (the record is the audit trail).
 */
@Entity({ tableName: 'exam_override' })
@ObjectType({ description: '个人考试调整 — extra attempts or a personal window for one officer in one exam (trainers)' })
@Unique({ properties: ['examId', 'officerId'] })
export class ExamOverride extends BaseEntity {
  @Field(() => ID, { description: '考试 — exam id' })
  @Property({ type: 'uuid' })
  examId!: string;

  @Field(() => ID, { description: '考生 — officer id' })
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => Int, { description: '追加次数 — attempts on top of the exam’s maxAttempts (0–5)' })
  @Property({ type: 'smallint' })
  extraAttempts!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '个人开放时间 — replaces the exam’s availableFrom for this officer' })
  @Property({ type: 'datetime', nullable: true })
  availableFrom: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '个人截止时间 — replaces the exam’s availableUntil for this officer' })
  @Property({ type: 'datetime', nullable: true })
  availableUntil: Date | null = null;

  @Field(() => String, { description: '理由 — reason' })
  @Property({ type: 'string', length: 300 })
  reason!: string;

  @Field(() => String, { description: '批准人 — granting trainer' })
  @Property({ type: 'string', length: 80 })
  grantedBy!: string;
}
