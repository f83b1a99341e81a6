import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { OutreachKind } from './outreach-enums';

/** 宣传教育 — a community talk, school class, merchant briefing or open day, with its attendance. */
@Entity({ tableName: 'outreach_event' })
@Index({ properties: ['startsAt', 'id'] })
@Index({ properties: ['unitId', 'startsAt'] })
@ObjectType({ description: '宣传教育活动 — an outreach event (社区宣讲, 进校园, 商户培训, 开放日) and its attendance' })
export class OutreachEvent extends BaseEntity {
  @Field(() => OutreachKind, { description: '形式 — kind' })
  @Enum({ items: () => OutreachKind, nativeEnumName: 'outreach_kind' })
  kind!: OutreachKind;

  @Field(() => String, { description: '主题 — title' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { description: '地点 — venue (school, community hall …)' })
  @Property({ type: 'string', length: 200 })
  venue!: string;

  /** 网格编码 where it takes place. */
  @Property({ type: 'string', length: 20 })
  gridCode!: string;

  /** The organising squad (enforcement Unit id). */
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The organising officer (enforcement Officer id). */
  @Index()
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => GraphQLISODateTime, { description: '开始 — start' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束 — end' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => Int, { nullable: true, description: '参加人数 — people who attended; null until recorded after the start' })
  @Property({ type: 'integer', nullable: true })
  attendance?: number | null;

  /** Participation Activity volunteers sign up for to help; see OutreachEvent.activity. */
  @Property({ type: 'uuid', nullable: true })
  activityId?: string | null;
}
