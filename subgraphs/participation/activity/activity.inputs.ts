import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { ActivitySignUp } from './activity-sign-up.entity';
import { Activity } from './activity.entity';
import { ActivityKind } from './activity-enums';

@InputType({ description: '发布志愿活动 — a new volunteer activity' })
export class CreateActivityInput {
  @Field(() => ActivityKind, { description: '活动类型 — kind' })
  kind!: ActivityKind;

  @Field(() => String, { description: '活动名称 — 2–100 characters' })
  @Length(2, 100)
  title!: string;

  @Field(() => String, { description: '活动内容 — 5–2000 characters' })
  @Length(5, 2000)
  description!: string;

  @Field(() => ID, { description: '网格编码 — grid cell where it takes place' })
  @Length(2, 20)
  gridCode!: string;

  @Field(() => String, { description: '集合地点 — meeting point' })
  @Length(2, 200)
  location!: string;

  @Field(() => GraphQLISODateTime, { description: '开始时间 — start' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束时间 — end, after the start, within 24 h' })
  endsAt!: Date;

  @Field(() => Int, { description: '名额 — capacity 1–500' })
  @Min(1)
  @Max(500)
  capacity!: number;
}

@InputType({ description: 'Filter for the activity list' })
export class ActivityFilter {
  @Field(() => ActivityKind, { nullable: true, description: 'Only this kind' })
  kind?: ActivityKind | null;

  @Field(() => ID, { nullable: true, description: 'Only in this grid cell' })
  @IsOptional()
  gridCode?: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Only activities starting at or after this time',
  })
  startsFrom?: Date | null;
}

@InputType({ description: '活动报名 — sign the caller up for an activity' })
export class SignUpForActivityInput {
  @Field(() => ID, { description: 'Activity id' })
  activityId!: string;

  @Field(() => ID, {
    nullable: true,
    description: '以劳代罚处置 — for a LABOR_IN_LIEU session: the enforcement disposition the hours serve (required there, refused elsewhere)',
  })
  dispositionId?: string | null;
}

@InputType({ description: '以劳代罚代为报名 — an officer enrols the person a labor-in-lieu disposition names in its session' })
export class EnrollForLaborInLieuInput {
  @Field(() => ID, {
    description:
      "以劳代罚处置 — the enforcement disposition (LABOR_IN_LIEU); its session and the person who serves come from it. Refused: unknown (NOT_FOUND), withdrawn (CONFLICT), not the caller's unit (FORBIDDEN)",
  })
  dispositionId!: string;
}

@InputType({ description: '签到 / 签退 — attendance of one sign-up' })
export class AttendanceInput {
  @Field(() => ID, { description: 'Sign-up id' })
  signUpId!: string;
}

@InputType({ description: '时长审核 — an officer approves or declines the hours of a sign-up' })
export class ReviewVolunteerHoursInput {
  @Field(() => ID, { description: 'Sign-up id' })
  signUpId!: string;

  @Field(() => Boolean, {
    description: 'true: approve (points granted, 10 per hour); false: decline',
  })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: '审核意见 — required when declining' })
  @IsOptional()
  @Length(0, 500)
  note?: string | null;
}

@ObjectType({ description: 'Result of createActivity' })
export class ActivityPayload {
  @Field(() => Activity, { description: 'The activity' })
  activity!: Activity;
}

@ObjectType({ description: 'Result of a sign-up or attendance mutation' })
export class SignUpPayload {
  @Field(() => ActivitySignUp, { description: 'The sign-up after the change' })
  signUp!: ActivitySignUp;
}
