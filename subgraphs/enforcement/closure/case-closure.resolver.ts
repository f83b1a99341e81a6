import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Case } from '../case/case.entity';
import { closureOf } from './case-closure';
import { closureFactsByCase } from './case-closure.loaders';
import { CaseClosure } from './case-closure.types';

@Resolver(() => Case)
export class CaseClosureResolver {
  @FieldResolver(() => CaseClosure, { description: '结案事实 — handled, verified, closed-unresolved and party-satisfied as separate facts' })
  async closure(@Root() c: Case, @Ctx() ctx: SubgraphContext): Promise<CaseClosure> {
    return closureOf(c.status, c.reworkCount, await ctx.loaders.get(closureFactsByCase).load(c.id));
  }
}
