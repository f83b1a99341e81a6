import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 商户自治委员会 — a vending zone's merchant self-governance committee; its members take duty in turn (摊主轮值制). */
@Entity({ tableName: 'self_governance_committee' })
@ObjectType({ description: "商户自治委员会 — the merchants' self-governance committee of a vending zone, with a rotating duty roster (摊主轮值制)" })
export class SelfGovernanceCommittee extends BaseEntity {
  /** One committee per zone. */
  @Unique()
  @Property({ type: 'uuid' })
  zoneId!: string;

  @Field(() => String, { description: '名称 — e.g. 兰江夜市商户自治委员会' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  /** Enforcement Merchant id of the chair (主任), one of the members. */
  @Property({ type: 'uuid' })
  chairMerchantId!: string;

  @Field(() => String, {
    description: '轮值起始日 — China-time date (YYYY-MM-DD) the first member (seat 1) is on duty; the roster rotates daily by seat from there',
  })
  @Property({ type: 'date' })
  rosterStartsOn!: string;
}
