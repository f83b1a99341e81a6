import { Length } from 'class-validator';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Connection, ConnectionArgs } from '../../../kernel/graphql/connection';
import { OutreachKind } from './outreach-enums';
import { OutreachEvent } from './outreach-event.entity';

@InputType({ description: '安排宣传教育活动 — an officer of a squad schedules an outreach event' })
export class ScheduleOutreachEventInput {
  @Field(() => OutreachKind, { description: '形式 — kind' })
  kind!: OutreachKind;

  @Field(() => String, { description: '主题 — 2–100 characters' })
  @Length(2, 100)
  title!: string;

  @Field(() => String, { description: '地点 — 2–200 characters' })
  @Length(2, 200)
  venue!: string;

  @Field(() => ID, { description: '网格编码 — grid cell where it takes place (2–20 characters)' })
  @Length(2, 20)
  gridCode!: string;

  @Field(() => GraphQLISODateTime, { description: '开始 — start' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束 — after the start, within 8 h' })
  endsAt!: Date;

  @Field(() => ID, { nullable: true, description: '志愿活动 — participation Activity (UUID) volunteers sign up for to help; optional' })
  activityId?: string | null;
}

@InputType({ description: '登记参加人数 — record how many attended (the organising squad, ADMIN)' })
export class RecordOutreachAttendanceInput {
  @Field(() => ID, { description: '活动 — the outreach event (UUID); it must have started' })
  eventId!: string;

  @Field(() => Int, { description: '参加人数 — 0–5,000; recording again replaces the figure' })
  attendance!: number;
}

@ObjectType({ description: 'Result of scheduleOutreachEvent or recordOutreachAttendance' })
export class OutreachEventPayload {
  @Field(() => OutreachEvent, { description: 'The event' })
  event!: OutreachEvent;
}

@ArgsType()
export class OutreachEventsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '单位 — only events of this squad (UUID)' })
  unitId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only events starting at or after this instant' })
  from?: Date | null;
}

@ObjectType({ description: '宣传教育活动列表 — a page of outreach events, earliest first' })
export class OutreachEventConnection extends Connection(OutreachEvent, '宣传教育活动') {}
