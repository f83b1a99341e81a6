import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 商户经营者账号 — a signed-in account staff have verified as a merchant's operator (营业执照 and ID checked in
 * person). Only such an account, or staff on the merchant's behalf, may apply for a stall for that merchant.
 */
@Entity({ tableName: 'merchant_operator' })
@Unique({ properties: ['subject', 'merchantId'] })
@ObjectType({ description: "商户经营者账号 — an account verified by staff as a merchant's operator" })
export class MerchantOperator extends BaseEntity {
  /** Enforcement's Merchant id. */
  @Property({ type: 'uuid' })
  merchantId!: string;

  @Field(() => String, { description: "账号 — the operator's sign-in subject" })
  @Property({ type: 'string', length: 80 })
  subject!: string;

  @Field(() => String, { description: '核验人 — subject of the staff member who verified the operator' })
  @Property({ type: 'string', length: 80 })
  verifiedBy!: string;
}
