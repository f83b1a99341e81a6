import { Max, Min } from 'class-validator';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Connection, ConnectionArgs } from '../../../kernel/graphql/connection';
import { GuideShift } from './guide-shift.entity';

@InputType({ description: '安排引导员值班 — schedule a stall guide shift at a zone (staff of the squad that runs it, ADMIN)' })
export class ScheduleGuideShiftInput {
  @Field(() => ID, { description: '疏导点 — the vending zone (UUID)' })
  zoneId!: string;

  @Field(() => GraphQLISODateTime, { description: '开始 — while the zone is open; not more than 7 days ago' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束 — 30 min to 6 h after the start, by the time the zone closes' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: '引导员 — the officer on duty (enforcement Officer id, UUID); omitted = volunteers only' })
  guideOfficerId?: string | null;

  @Field(() => Int, { description: '志愿者需求 — volunteers wanted, 0–20' })
  @Min(0)
  @Max(20)
  volunteersNeeded!: number;

  @Field(() => ID, { nullable: true, description: '志愿活动 — participation Activity (UUID) volunteers sign up for; required when volunteersNeeded > 0' })
  activityId?: string | null;
}

@ObjectType({ description: 'Result of scheduleGuideShift' })
export class ScheduleGuideShiftPayload {
  @Field(() => GuideShift, { description: 'The scheduled shift' })
  shift!: GuideShift;
}

@ArgsType()
export class GuideShiftsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '疏导点 — the vending zone (UUID)' })
  zoneId!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only shifts ending after this instant (default: now, so upcoming and current shifts)' })
  from?: Date | null;
}

@ObjectType({ description: '引导员值班表 — a page of guide shifts, earliest first' })
export class GuideShiftConnection extends Connection(GuideShift, '引导员值班') {}
