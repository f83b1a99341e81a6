import { ArgsType, Field, ObjectType } from 'type-graphql';

import { ConnectionArgs } from '../../../kernel/graphql/connection';
import { Connection } from '../../../kernel/graphql/connection';

/**
 * 诚信公示牌 — the public face of a merchant's credit file, as on the shop-front sign: name, credit code and the
 * credit marks, nothing about people or cases. The GraphQL root is the Merchant row (its id stays internal).
 */
@ObjectType({
  description: "诚信公示牌 — a merchant's public credit sign: name, unified social credit code, level, red flowers, black dots, blacklisted or not",
})
export class CreditSign {
  /** Merchant id (not exposed): the key of the credit file. */
  id!: string;

  @Field(() => String, { description: '商户名称 — registered name' })
  name!: string;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — unified social credit code (18 characters); null for an unregistered stall' })
  creditCode!: string | null;
}

@ObjectType({ description: '诚信公示牌列表 — a page of public credit signs' })
export class CreditSignConnection extends Connection(CreditSign, '诚信公示牌') {}

@ArgsType()
export class CreditSignSearchArgs extends ConnectionArgs {
  @Field(() => String, { description: '商户名称或统一社会信用代码 — part of the name (2 to 50 characters) or the exact 18-character credit code' })
  search!: string;
}
