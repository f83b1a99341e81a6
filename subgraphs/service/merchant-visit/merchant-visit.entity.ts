import { Entity, Index, Property } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 走访 — an officer's visit to a merchant, with the concerns raised (VisitConcern). */
@Entity({ tableName: 'merchant_visit' })
@Index({ properties: ['officerId', 'visitedAt'] })
@Index({ properties: ['unitId', 'visitedAt'] })
@ObjectType({ description: "商户走访 — an officer's visit to a merchant and the concerns raised" })
@Directive('@key(fields: "id")')
export class MerchantVisit extends BaseEntity {
  /** The visiting officer (enforcement Officer id). */
  @Property({ type: 'uuid' })
  officerId!: string;

  /** The officer's squad at the time (enforcement Unit id). */
  @Property({ type: 'uuid' })
  unitId!: string;

  /** Enforcement's Merchant id. */
  @Index()
  @Property({ type: 'uuid' })
  merchantId!: string;

  /** 网格编码 where the merchant trades. */
  @Property({ type: 'string', length: 20 })
  gridCode!: string;

  @Field(() => GraphQLISODateTime, { description: '走访时间 — when the visit took place' })
  @Property({ type: 'datetime' })
  visitedAt!: Date;

  @Field(() => String, { description: '走访记录 — what was done and said' })
  @Property({ type: 'string', length: 1000 })
  note!: string;

  @Field(() => Int, { description: '诉求数 — concerns raised' })
  @Property({ type: 'smallint' })
  concernCount!: number;

  @Field(() => Int, { description: '当场解决数 — concerns solved on the spot' })
  @Property({ type: 'smallint' })
  solvedOnTheSpotCount!: number;
}
