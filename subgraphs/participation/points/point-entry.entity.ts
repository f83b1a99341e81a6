import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { PointReason } from './points-enums';

/** 积分流水 — one ledger line; the balance is the sum. Each cause gives points at most once. */
@Entity({ tableName: 'point_entry' })
@Unique({ properties: ['reason', 'sourceId'] })
@Index({ properties: ['volunteerId', 'occurredAt'] })
@Index({ properties: ['occurredAt'] })
@ObjectType({
  description: "积分流水 — one entry of a volunteer's points ledger, traceable to its cause",
})
export class PointEntry extends BaseEntity {
  @Field(() => ID, { description: 'Volunteer id' })
  @Property({ type: 'uuid' })
  volunteerId!: string;

  @Field(() => Int, { description: '积分 — positive when earned or granted, negative when redeemed or deducted' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => PointReason, { description: '来源 — why' })
  @Enum({ items: () => PointReason, nativeEnumName: 'point_reason' })
  reason!: PointReason;

  @Field(() => ID, {
    description: '来源记录 — id of the sign-up, report or redemption behind the entry',
  })
  @Property({ type: 'uuid' })
  sourceId!: string;

  @Field(() => String, { description: '说明 — description' })
  @Property({ type: 'string', length: 200 })
  note!: string;

  @Field(() => String, { nullable: true, description: '操作人 — subject of the ADMIN or SUPERVISOR who made an ADJUSTMENT; null for earned and spent points' })
  @Property({ type: 'string', length: 64, nullable: true })
  recordedBy?: string | null;

  @Field(() => GraphQLISODateTime, { description: '时间 — when' })
  @Property({ type: 'datetime' })
  occurredAt: Opt<Date> = new Date();
}
