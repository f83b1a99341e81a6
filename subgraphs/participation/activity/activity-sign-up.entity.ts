import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Float, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { HoursStatus } from './activity-enums';

/** 报名 — one volunteer on one activity, with check-in/out and reviewed hours. */
@Entity({ tableName: 'activity_sign_up' })
@Unique({ properties: ['activityId', 'volunteerId'] })
@Index({ properties: ['volunteerId', 'startsAt'] })
@Index({ properties: ['servedBy', 'startsAt'] })
@Index({ properties: ['checkedInAt'] })
@ObjectType({
  description: "活动报名 — a volunteer's place on an activity, with attendance and hours",
})
export class ActivitySignUp extends BaseEntity {
  @Field(() => ID, { description: 'Activity id' })
  @Property({ type: 'uuid' })
  activityId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Volunteer id — null for a labor-in-lieu party enrolled by an officer who is not a registered volunteer',
  })
  @Property({ type: 'uuid', nullable: true })
  volunteerId?: string | null;

  /** Copy of the activity window, for the overlap check. */
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '签到时间 — check-in' })
  @Property({ type: 'datetime', nullable: true })
  checkedInAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '签退时间 — check-out' })
  @Property({ type: 'datetime', nullable: true })
  checkedOutAt?: Date | null;

  @Field(() => Float, {
    nullable: true,
    description: '服务时长（小时）— hours within the activity window',
  })
  @Property({ type: 'double', nullable: true })
  hours?: number | null;

  @Field(() => HoursStatus, { nullable: true, description: '时长审核 — null until check-out' })
  @Index()
  @Enum({ items: () => HoursStatus, nativeEnumName: 'hours_status', nullable: true })
  hoursStatus?: HoursStatus | null;

  @Field(() => String, { nullable: true, description: "审核意见 — officer's note on the hours" })
  @Property({ type: 'text', nullable: true })
  reviewNote?: string | null;

  @Field(() => Boolean, {
    description: '自动签退 — true when the check-out was recorded by the 24-hour job, not by a person',
  })
  @Property({ type: 'boolean', default: false })
  autoCheckedOut: Opt<boolean> = false;

  /** LABOR_IN_LIEU sessions: the enforcement disposition (以劳代罚) these hours count toward. */
  @Field(() => ID, { nullable: true, description: '以劳代罚处置 — enforcement disposition served by these hours (LABOR_IN_LIEU sessions)' })
  @Property({ type: 'uuid', nullable: true })
  dispositionId?: string | null;

  /** LABOR_IN_LIEU sessions: sign-in subject of the person serving (the account the disposition names). */
  @Field(() => String, { nullable: true, description: '以劳代罚服务人 — LABOR_IN_LIEU sessions: the account (sign-in subject) serving the disposition' })
  @Property({ type: 'string', length: 64, nullable: true })
  servedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '代为报名人 — the officer (sign-in subject) who enrolled the party; null when the person signed up themself',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  enrolledBy?: string | null;
}
