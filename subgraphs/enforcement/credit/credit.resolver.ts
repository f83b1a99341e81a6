import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Merchant } from '../party/merchant.entity';
import { AwardRedFlowerInput, AwardRedFlowerPayload, CreditFile } from './credit.types';
import { CreditService } from './credit.service';

@Resolver(() => Merchant)
export class MerchantCreditResolver {
  @FieldResolver(() => CreditFile, {
    description:
      '商户诚信档案 — red flowers, black dots, score, level and entries (staff); anyone reads the public part through merchantCreditSigns (诚信公示牌)',
  })
  creditFile(@Root() m: Merchant, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CreditService).file(m.id);
  }

  @Mutation(() => AwardRedFlowerPayload, { description: '颁发小红花 — commend a merchant (supervisors)' })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  awardRedFlower(@Arg('input', () => AwardRedFlowerInput) input: AwardRedFlowerInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CreditService).awardRedFlower(input);
  }
}
