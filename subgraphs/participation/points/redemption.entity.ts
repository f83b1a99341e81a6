import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 兑换记录 — one redemption; its ledger entry points back here. */
@Entity({ tableName: 'redemption' })
@Index({ properties: ['volunteerId', 'createdAt'] })
@ObjectType({ description: '兑换记录 — a redemption of points for a reward' })
export class Redemption extends BaseEntity {
  @Field(() => ID, { description: 'Volunteer id' })
  @Property({ type: 'uuid' })
  volunteerId!: string;

  @Field(() => ID, { description: 'Reward id' })
  @Property({ type: 'uuid' })
  rewardId!: string;

  @Field(() => Int, { description: '消耗积分 — points spent' })
  @Property({ type: 'integer' })
  cost!: number;
}
