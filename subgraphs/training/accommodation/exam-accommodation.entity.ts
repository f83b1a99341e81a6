import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 考试便利 — extra time for one officer in one exam, approved by a trainer. One per exam and officer: a second
 * grant is refused with CONFLICT (the record is the audit trail; it is never overwritten).
 */
@Entity({ tableName: 'exam_accommodation' })
@ObjectType({ description: '考试便利 — extra time granted to one officer for one exam (trainers)' })
@Unique({ properties: ['examId', 'officerId'] })
export class ExamAccommodation extends BaseEntity {
  @Field(() => ID, { description: '考试 — exam id' })
  @Property({ type: 'uuid' })
  examId!: string;

  @Field(() => ID, { description: '考生 — officer id' })
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => Int, { description: '延长时间（分钟） — extra minutes, 1–120' })
  @Property({ type: 'smallint' })
  extraMinutes!: number;

  @Field(() => String, { description: '理由 — reason' })
  @Property({ type: 'string', length: 500 })
  reason!: string;

  @Field(() => String, { description: '批准人 — approving trainer' })
  @Property({ type: 'string', length: 80 })
  approvedBy!: string;

  @Field(() => GraphQLISODateTime, { description: '批准时间 — approved at' })
  @Property({ type: 'datetime' })
  approvedAt!: Date;
}
