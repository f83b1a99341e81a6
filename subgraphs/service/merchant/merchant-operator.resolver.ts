import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { MerchantOperator } from './merchant-operator.entity';
import { BindMerchantOperatorInput, BindMerchantOperatorPayload } from './merchant-operator.inputs';
import { MerchantOperatorService } from './merchant-operator.service';
import { Merchant } from './merchant.stub';

@Resolver(() => MerchantOperator)
export class MerchantOperatorResolver {
  @Mutation(() => BindMerchantOperatorPayload, {
    description:
      "绑定经营者账号 — staff record that an account is the merchant's operator; only it (or staff on the merchant's behalf) may then apply for the merchant's stalls (OFFICER, SUPERVISOR, ADMIN)",
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  bindMerchantOperator(@Arg('input', () => BindMerchantOperatorInput) input: BindMerchantOperatorInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(MerchantOperatorService).bind(input);
  }

  @FieldResolver(() => Merchant, { description: '商户 — the merchant operated' })
  merchant(@Root() operator: MerchantOperator): Merchant {
    return { id: operator.merchantId };
  }
}
