import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { BusinessType } from './party-enums';

@Entity({ tableName: 'merchant' })
@ObjectType({ description: '商户 — merchant (当事人 as an organisation or business)' })
@Directive('@key(fields: "id")')
export class Merchant extends BaseEntity {
  @Field(() => String, { description: '商户名称 — registered name' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — unified social credit code (18 characters)' })
  @Unique()
  @Property({ type: 'string', length: 18, nullable: true })
  creditCode?: string | null;

  @Field(() => BusinessType, { description: '经营类型 — business type' })
  @Index()
  @Enum({ items: () => BusinessType, nativeEnumName: 'business_type' })
  businessType!: BusinessType;

  @Field(() => String, { description: '经营地址 — business address' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field(() => String, { description: '经营者 / 负责人 — operator or legal representative' })
  @Property({ type: 'string', length: 40 })
  operatorName!: string;

  /** Protected: exposed masked (see PartyResolver). */
  @Property({ type: 'string', length: 20, nullable: true })
  operatorPhone?: string | null;
}
