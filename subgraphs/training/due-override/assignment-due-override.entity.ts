import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 个人截止日期调整 — one change of an assigned course's due date for one officer, by a trainer with a reason.
 * Append-only: the enrollment carries the due date in force; these rows are its history.
 */
@Entity({ tableName: 'assignment_due_override' })
@ObjectType({ description: '个人截止日期调整 — a trainer’s change of one officer’s due date for an assigned course, with the reason' })
export class AssignmentDueOverride extends BaseEntity {
  @Field(() => ID, { description: '学习记录 — enrollment id' })
  @Index()
  @Property({ type: 'uuid' })
  enrollmentId!: string;

  @Field(() => String, { description: '原截止日期 — the due date before this change (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  previousDueOn!: string;

  @Field(() => String, { description: '新截止日期 — the due date from this change on (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => String, { description: '理由 — reason' })
  @Property({ type: 'string', length: 300 })
  reason!: string;

  @Field(() => String, { description: '批准人 — subject of the trainer who changed it' })
  @Property({ type: 'string', length: 80 })
  grantedBy!: string;
}
