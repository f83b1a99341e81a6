import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

import { MerchantCreditLevel } from './merchant-credit-level';

/**
 * The service subgraph's copy of a merchant's credit level (商户诚信档案, owned by enforcement), fed by
 * enforcement's `merchant.credit-changed` outbox events. Not exposed: the graph answers `Merchant.creditFile`
 * from enforcement; this copy only decides stall priority and the blacklist refusal inside our transactions.
 */
@Entity({ tableName: 'merchant_credit' })
export class MerchantCredit {
  @PrimaryKey({ type: 'uuid' })
  merchantId!: string;

  @Enum({ items: () => MerchantCreditLevel, nativeEnumName: 'merchant_credit_level' })
  level!: MerchantCreditLevel;

  @Property({ type: 'smallint' })
  score!: number;

  @Property({ type: 'boolean' })
  blacklisted!: boolean;

  /** When enforcement computed it; an older event never overwrites a newer copy. */
  @Property({ type: 'datetime' })
  asOf!: Date;
}
