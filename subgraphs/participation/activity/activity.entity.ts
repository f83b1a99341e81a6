import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { ActivityKind } from './activity-enums';

/** 志愿活动 — a volunteer activity with a time window and a capacity. */
@Entity({ tableName: 'activity' })
@Index({ properties: ['startsAt', 'id'] })
@ObjectType({ description: '志愿活动 — a volunteer activity (文明劝导, 护学, 以劳代罚 …)' })
@Directive('@key(fields: "id")')
export class Activity extends BaseEntity {
  @Field(() => ActivityKind, { description: '活动类型 — kind' })
  @Index()
  @Enum({ items: () => ActivityKind, nativeEnumName: 'activity_kind' })
  kind!: ActivityKind;

  @Field(() => String, { description: '活动名称 — title' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => String, { description: '活动内容 — description' })
  @Property({ type: 'text' })
  description!: string;

  /** 网格编码 of the enforcement GridCell where it takes place. */
  @Index()
  @Property({ type: 'string', length: 20 })
  gridCode!: string;

  @Field(() => String, { description: '集合地点 — meeting point' })
  @Property({ type: 'string', length: 200 })
  location!: string;

  @Field(() => GraphQLISODateTime, { description: '开始时间 — start' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '结束时间 — end' })
  @Property({ type: 'datetime' })
  endsAt!: Date;

  @Field(() => Int, { description: '名额 — capacity' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Field(() => Int, { description: '已报名 — places taken' })
  @Property({ type: 'integer' })
  signedUpCount: Opt<number> = 0;

  /** Officer who organises it (enforcement Officer id). */
  @Property({ type: 'uuid', nullable: true })
  organizerOfficerId?: string | null;
}
