import { Entity, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 积分兑换目录 — a public service or reward points can be exchanged for. */
@Entity({ tableName: 'reward' })
@ObjectType({
  description: '积分兑换项目 — a reward of the points catalogue (公共服务 / 文创礼品)',
})
export class Reward extends BaseEntity {
  @Field(() => String, { description: '编码 — catalogue code' })
  @Unique()
  @Property({ type: 'string', length: 30 })
  code!: string;

  @Field(() => String, { description: '名称 — name' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: '说明 — description' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Int, { description: '所需积分 — points cost' })
  @Property({ type: 'integer' })
  cost!: number;

  @Field(() => Boolean, { description: '可兑换 — available' })
  @Property({ type: 'boolean' })
  available: Opt<boolean> = true;
}
