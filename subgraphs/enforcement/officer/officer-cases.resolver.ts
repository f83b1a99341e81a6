import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from './officer.entity';
import { OfficerService } from './officer.service';

@Resolver(() => Officer)
export class OfficerCasesResolver {
  /** Also what training's `Officer.assessment` @requires; null (not an error) for callers who may not see it. */
  @FieldResolver(() => Float, {
    nullable: true,
    description:
      '人性化程度：教育在先比例 — of the officer’s cases with a disposition, the share whose first disposition was SERVICE, WARNING or ' +
      'RECTIFICATION_NOTICE; null without such cases or unless the caller is the officer, a supervisor, trainer or admin',
  })
  educationFirstShare(@Root() officer: Officer, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    return ctx.services.get(OfficerService).educationFirstShare(officer);
  }
}
