import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 摊位引导员值班 — a stall guide's duty at a vending zone's peak hours, helping street vendors into the zone. */
@Entity({ tableName: 'guide_shift' })
@Index({ properties: ['zoneId', 'startsAt', 'id'] })
@Index({ properties: ['startsAt'] })
@Index({ properties: ['guideOfficerId', 'startsAt'] })
@ObjectType({ description: '摊位引导员值班 — a stall guide shift at a vending zone (疏堵结合: guiding street vendors into the zone at peak hours)' })
export class GuideShift extends BaseEntity {
  @Property({ type: 'uuid' })
  zoneId!: string;

  /** The officer on duty as guide (enforcement Officer id); null when volunteers alone staff it. */
  @Property({ type: 'uuid', nullable: true })
  guideOfficerId?: string | null;

  @Field(() => GraphQLISODateTime, { description: '开始 — start of the shift' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束 — end of the shift' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => Int, { description: '志愿者需求 — volunteers wanted beside the guide (0–20); they sign up for `activity` in participation' })
  @Property({ type: 'smallint' })
  volunteersNeeded!: number;

  /** Participation Activity volunteers sign up for; see GuideShift.activity. */
  @Property({ type: 'uuid', nullable: true })
  activityId?: string | null;

  @Field(() => String, { description: '安排人 — subject of the staff member who scheduled it' })
  @Property({ type: 'string', length: 80 })
  scheduledBy!: string;
}
