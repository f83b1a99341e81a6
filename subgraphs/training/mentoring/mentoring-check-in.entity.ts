import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 带教记录 — one logged check-in of a mentoring pair. */
@Entity({ tableName: 'mentoring_check_in' })
@ObjectType({ description: '带教记录 — a logged check-in' })
export class MentoringCheckIn extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  mentorshipId!: string;

  @Field(() => String, { description: '日期 — date (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  occurredOn!: string;

  @Field(() => String, { description: '内容 — what was done / discussed' })
  @Property({ type: 'string', length: 1000 })
  note!: string;

  @Field(() => String, { description: '记录人 — subject who logged it (mentor or mentee)' })
  @Property({ type: 'string', length: 80 })
  loggedBy!: string;
}
