import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { CreditLevel } from './credit-rules';
import { CreditSignService } from './credit-sign.service';
import { CreditSign, CreditSignConnection, CreditSignSearchArgs } from './credit-sign.types';
import { CreditService } from './credit.service';

@Resolver(() => CreditSign)
export class CreditSignResolver {
  @Query(() => CreditSignConnection, {
    description: '诚信公示查询 — find merchants by name or unified social credit code and read their public credit sign (public, no sign-in)',
  })
  merchantCreditSigns(@Args(() => CreditSignSearchArgs) args: CreditSignSearchArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CreditSignService).search(args);
  }

  @FieldResolver(() => CreditLevel, { description: '诚信等级 — level A–D' })
  async level(@Root() s: CreditSign, @Ctx() ctx: SubgraphContext) {
    return (await ctx.services.get(CreditService).file(s.id)).level;
  }

  @FieldResolver(() => Int, { description: '小红花 — red flowers in the last 12 months' })
  async redFlowers(@Root() s: CreditSign, @Ctx() ctx: SubgraphContext) {
    return (await ctx.services.get(CreditService).file(s.id)).redFlowers;
  }

  @FieldResolver(() => Int, { description: '小黑点 — black dots in the last 12 months' })
  async blackDots(@Root() s: CreditSign, @Ctx() ctx: SubgraphContext) {
    return (await ctx.services.get(CreditService).file(s.id)).blackDots;
  }

  @FieldResolver(() => Boolean, { description: '黑名单 — serious repeat offender (3+ penalties in 12 months)' })
  async blacklisted(@Root() s: CreditSign, @Ctx() ctx: SubgraphContext) {
    return (await ctx.services.get(CreditService).file(s.id)).blacklisted;
  }

  @FieldResolver(() => Boolean, { description: '文明商户 — level A, no black dot and at least one red flower' })
  async civilizedMerchant(@Root() s: CreditSign, @Ctx() ctx: SubgraphContext) {
    return (await ctx.services.get(CreditService).file(s.id)).civilizedMerchant;
  }
}
