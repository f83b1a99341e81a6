import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 成绩变更记录 — one regrade of an attempt: who, when, the score and pass/fail before and after, and why. Rows are
 * never updated; an attempt's history is its rows in order of `changedAt`.
 */
@Entity({ tableName: 'attempt_score_change' })
@ObjectType({ description: '成绩变更记录 — one change of an attempt’s score after grading (a regrade), oldest first' })
@Index({ properties: ['attemptId', 'changedAt'] })
export class AttemptScoreChange extends BaseEntity {
  @Property({ type: 'uuid' })
  attemptId!: string;

  @Field(() => String, { description: '经办人 — the trainer who regraded (subject)' })
  @Property({ type: 'string', length: 80 })
  changedBy!: string;

  @Field(() => GraphQLISODateTime, { description: '变更时间 — when' })
  @Property({ type: 'datetime' })
  changedAt!: Date;

  @Field(() => Float, { nullable: true, description: '原得分（%） — score before (null while the attempt awaited hand grading)' })
  @Property({ type: 'decimal', precision: 5, scale: 2, runtimeType: 'number', nullable: true })
  oldScorePercent: number | null = null;

  @Field(() => Float, { nullable: true, description: '新得分（%） — score after (null while the attempt awaits hand grading)' })
  @Property({ type: 'decimal', precision: 5, scale: 2, runtimeType: 'number', nullable: true })
  newScorePercent: number | null = null;

  @Field(() => Boolean, { nullable: true, description: '原是否及格 — passed before' })
  @Property({ type: 'boolean', nullable: true })
  oldPassed: boolean | null = null;

  @Field(() => Boolean, { nullable: true, description: '新是否及格 — passed after' })
  @Property({ type: 'boolean', nullable: true })
  newPassed: boolean | null = null;

  @Field(() => ID, { description: '试题 — the revised question that was regraded' })
  @Property({ type: 'uuid' })
  questionId!: string;

  @Field(() => Int, { description: '原版本 — the question version the attempt was graded against' })
  @Property({ type: 'smallint' })
  fromVersion!: number;

  @Field(() => Int, { description: '新版本 — the fixed version it is now graded against' })
  @Property({ type: 'smallint' })
  toVersion!: number;

  @Field(() => String, { description: '原因 — the trainer’s reason (1–200 characters)' })
  @Property({ type: 'string', length: 200 })
  reason!: string;
}
