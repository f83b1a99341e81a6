import { Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { AttemptStatus } from './attempt-enums';

/**
 * 考试作答 — one attempt. At most one IN_PROGRESS attempt per exam and officer (unique partial index).
 * Examinee-facing: no field here or below (`questions` → AttemptQuestion → AttemptOption) carries answers.
 */
@Entity({ tableName: 'exam_attempt' })
@ObjectType({ description: '考试作答 — an officer’s attempt; answers and explanations only via `review` after grading' })
@Unique({
  name: 'exam_attempt_one_in_progress',
  expression: `create unique index "exam_attempt_one_in_progress" on "training"."exam_attempt" ("exam_id", "officer_id") where "status" = 'IN_PROGRESS'`,
})
@Index({ properties: ['officerId', 'examId'] })
export class ExamAttempt extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Index()
  @Property({ type: 'uuid' })
  examId!: string;

  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => Int, { description: '第几次 — attempt number for this officer and exam' })
  @Property({ type: 'smallint' })
  attemptNo!: number;

  @Field(() => AttemptStatus, { description: '状态 — status' })
  @Enum({ items: () => AttemptStatus, nativeEnumName: 'attempt_status' })
  status: AttemptStatus = AttemptStatus.IN_PROGRESS;

  @Field(() => GraphQLISODateTime, { description: '开始时间 — started (server time)' })
  @Property({ type: 'datetime' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '截止时间 — server-side deadline; later answers are refused' })
  @Property({ type: 'datetime' })
  deadline!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '交卷时间 — submitted (the deadline when it expired)' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @Field(() => Boolean, { description: '超时自动交卷 — expired and graded as submitted at the deadline' })
  @Property({ type: 'boolean' })
  expired: Opt<boolean> = false;

  /** Exposed by AttemptResolver.scorePercent under the exam's review policy. */
  @Property({ type: 'decimal', precision: 5, scale: 2, runtimeType: 'number', nullable: true })
  scorePercent: number | null = null;

  /** Exposed by AttemptResolver.passed under the exam's review policy. */
  @Property({ type: 'boolean', nullable: true })
  passed: boolean | null = null;
}
