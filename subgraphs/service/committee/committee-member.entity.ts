import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 委员 — a merchant's seat on the committee; seats fix the order of the duty rotation. */
@Entity({ tableName: 'committee_member' })
@Unique({ properties: ['committeeId', 'seat'] })
@Unique({ properties: ['committeeId', 'merchantId'] })
@ObjectType({ description: '委员 — a merchant on the committee; seat = place in the duty rotation' })
export class CommitteeMember extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  committeeId!: string;

  /** Enforcement Merchant id. */
  @Property({ type: 'uuid' })
  merchantId!: string;

  @Field(() => Int, { description: '轮值顺序 — 1 = first on duty from rosterStartsOn' })
  @Property({ type: 'smallint' })
  seat!: number;
}
