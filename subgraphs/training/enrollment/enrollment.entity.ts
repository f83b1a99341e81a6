import { Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { EnrollmentStatus } from './enrollment-enums';

/** 学习记录 — one officer in one course (at most one: assigning twice changes nothing). */
@Entity({ tableName: 'enrollment' })
@ObjectType({ description: '学习记录 — an officer’s enrollment in a course (assigned or self-started)' })
@Unique({ properties: ['officerId', 'courseId'] })
@Index({ properties: ['dueOn', 'status'] })
export class Enrollment extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  /** Enforcement Officer id (`officer` field). */
  @Property({ type: 'uuid' })
  officerId!: string;

  /** Course id (`course` field). */
  @Index()
  @Property({ type: 'uuid' })
  courseId!: string;

  @Field(() => EnrollmentStatus, { description: '状态 — status' })
  @Enum({ items: () => EnrollmentStatus, nativeEnumName: 'enrollment_status' })
  status: EnrollmentStatus = EnrollmentStatus.ASSIGNED;

  @Field(() => String, { nullable: true, description: '截止日期 — due date (YYYY-MM-DD); null when self-started' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field(() => String, { nullable: true, description: '指派人 — subject of the trainer who assigned it' })
  @Property({ type: 'string', length: 80, nullable: true })
  assignedBy: string | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '开始时间 — when the officer started' })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '完成时间 — when the last lesson was completed' })
  @Property({ type: 'datetime', nullable: true })
  completedAt: Date | null = null;
}
