import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Disposition } from '../disposition/disposition.entity';
import { discretionByDisposition } from './discretion.loaders';
import { PenaltyDiscretion } from './penalty-discretion.entity';

@Resolver(() => Disposition)
export class DispositionDiscretionResolver {
  @FieldResolver(() => PenaltyDiscretion, { nullable: true, description: '裁量适用 — for a PENALTY: the grade, facts and band applied' })
  discretion(@Root() d: Disposition, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(discretionByDisposition).load(d.id);
  }
}
