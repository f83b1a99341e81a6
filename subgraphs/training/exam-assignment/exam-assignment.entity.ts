import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 考试指派 — one officer must sit one exam by a due date (at most one per officer and exam: assigning twice changes nothing). */
@Entity({ tableName: 'exam_assignment' })
@ObjectType({ description: '考试指派 — an exam an officer must pass by a due date, assigned by a trainer' })
@Unique({ properties: ['officerId', 'examId'] })
export class ExamAssignment extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  examId!: string;

  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => String, { description: '截止日期 — due date (YYYY-MM-DD), no later than the exam closes' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => String, { description: '指派人 — subject of the trainer who assigned it' })
  @Property({ type: 'string', length: 80 })
  assignedBy!: string;
}
