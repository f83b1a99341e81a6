import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Case } from '../typical-case/case.stub';
import { typicalCaseById } from '../typical-case/typical-case.loaders';
import { Drill } from './drill.entity';

@Resolver(() => Drill)
export class DrillSourceCaseResolver {
  @FieldResolver(() => Case, {
    nullable: true,
    description:
      "来源典型案例 — the typical case this drill was built from, resolved by the enforcement subgraph (its fields follow enforcement's access rules)",
  })
  sourceCase(@Root() drill: Drill): Case | null {
    return drill.sourceCaseId ? { id: drill.sourceCaseId } : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '案例摘要 — the public summary of the source typical case (from its review); null without a source case or once it is no longer typical',
  })
  async sourceCaseSummary(@Root() drill: Drill, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return drill.sourceCaseId ? ((await ctx.loaders.get(typicalCaseById).load(drill.sourceCaseId))?.summary ?? null) : null;
  }
}
