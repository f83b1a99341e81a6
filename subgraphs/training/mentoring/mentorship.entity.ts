import { Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

export enum MentorshipStatus {
  ACTIVE = 'ACTIVE',
  SIGNED_OFF = 'SIGNED_OFF',
}

registerEnumType(MentorshipStatus, {
  name: 'MentorshipStatus',
  description: '带教状态 — state of a mentoring pair',
  valuesConfig: {
    ACTIVE: { description: '带教中 — check-ins are logged' },
    SIGNED_OFF: { description: '已出师 — the mentor signed off' },
  },
});

/** 老带新 — a senior officer mentors a new one for a period. One ACTIVE pair per mentee (unique partial index). */
@Entity({ tableName: 'mentorship' })
@ObjectType({ description: '老带新导师制 — a mentoring pair with goals, check-ins, sign-off and mentee feedback' })
@Unique({
  name: 'mentorship_one_active_per_mentee',
  expression: `create unique index "mentorship_one_active_per_mentee" on "training"."mentorship" ("mentee_id") where "status" = 'ACTIVE'`,
})
export class Mentorship extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Index()
  @Property({ type: 'uuid' })
  mentorId!: string;

  @Index()
  @Property({ type: 'uuid' })
  menteeId!: string;

  @Field(() => String, { description: '开始日期 — starts on' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { description: '结束日期 — ends on' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => [String], { description: '带教目标 — goals' })
  @Property({ type: 'text[]' })
  goals!: string[];

  @Field(() => MentorshipStatus, { description: '状态 — status' })
  @Enum({ items: () => MentorshipStatus, nativeEnumName: 'mentorship_status' })
  status: MentorshipStatus = MentorshipStatus.ACTIVE;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '出师时间 — signed off at' })
  @Property({ type: 'datetime', nullable: true })
  signedOffAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '导师评语 — mentor’s sign-off note' })
  @Property({ type: 'string', length: 500, nullable: true })
  signOffNote: string | null = null;

  @Field(() => Int, { nullable: true, description: '徒弟评分 — mentee rating 1–5' })
  @Property({ type: 'smallint', nullable: true })
  menteeRating: number | null = null;

  @Field(() => String, { nullable: true, description: '徒弟反馈 — mentee feedback' })
  @Property({ type: 'string', length: 500, nullable: true })
  menteeFeedback: string | null = null;
}
