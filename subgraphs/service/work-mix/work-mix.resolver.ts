import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { WorkMixSplitService } from './work-mix.service';
import { WorkMix } from './work-mix.stub';
import { WorkMixSplit } from './work-mix.types';

@Resolver(() => WorkMix)
export class WorkMixSplitResolver {
  @FieldResolver(() => WorkMixSplit, {
    description:
      "721 分布 — service work from this subgraph plus enforcement's decisions, with the three shares and the distance from 70/20/10 (SUPERVISOR, ADMIN)",
  })
  @Directive('@requires(fields: "from to coveredUnitIds serviceDispositions warnings rectificationNotices penalties")')
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  split(@Root() mix: WorkMix, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(WorkMixSplitService).split(mix);
  }
}
