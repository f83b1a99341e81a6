import { Ctx, Query, Resolver } from 'type-graphql';

import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ThresholdsService } from '../thresholds/thresholds.service';
import { EnforcementProcedure } from './enforcement-procedure.type';

@Resolver()
export class EnforcementProcedureResolver {
  @Query(() => [EnforcementProcedure], {
    description: '执法程序公示 — the simple, general and hearing procedures in plain words, with the amounts and deadlines in force (public; always 3 items)',
  })
  enforcementProcedures(@Ctx() ctx: SubgraphContext): Promise<EnforcementProcedure[]> {
    return ctx.services.get(ThresholdsService).procedures();
  }
}
