import { Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { MerchantOperator } from './merchant-operator.entity';

@InputType({ description: "绑定经营者账号 — staff record that a signed-in account is a merchant's operator (after checking licence and ID in person)" })
export class BindMerchantOperatorInput {
  @Field(() => ID, { description: '商户 — enforcement Merchant id (UUID)' })
  merchantId!: string;

  @Field(() => String, { description: "账号 — the operator's sign-in subject (the `sub` of their token), 1–80 characters" })
  @Length(1, 80)
  subject!: string;
}

@ObjectType({ description: 'Result of bindMerchantOperator' })
export class BindMerchantOperatorPayload {
  @Field(() => MerchantOperator, { description: 'The binding (the existing one when it was already recorded)' })
  operator!: MerchantOperator;
}
