import { Arg, Args, Ctx, GraphQLISODateTime, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { EnforcementThresholds } from './enforcement-thresholds.entity';
import { EnforcementThresholdsConnection } from './thresholds.connection';
import { SetEnforcementThresholdsInput, SetEnforcementThresholdsPayload } from './thresholds.inputs';
import { ThresholdsService } from './thresholds.service';

@Resolver(() => EnforcementThresholds)
export class EnforcementThresholdsResolver {
  @Query(() => EnforcementThresholds, { description: '执法制度阈值 — the thresholds of legal review and disclosure in force (public, no sign-in)' })
  enforcementThresholds(
    @Arg('at', () => GraphQLISODateTime, { nullable: true, description: 'In force at this moment (default now)' }) at: Date | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ThresholdsService).inForce(at);
  }

  @Query(() => EnforcementThresholdsConnection, { description: '执法制度阈值历史 — every adopted version, newest first (public)' })
  enforcementThresholdHistory(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ThresholdsService).history(args);
  }

  @Mutation(() => SetEnforcementThresholdsPayload, {
    description: '调整执法制度阈值 — adopt a new version from now on (ADMIN); decisions already made keep theirs',
  })
  @RequiresRoles('ADMIN')
  setEnforcementThresholds(@Arg('input', () => SetEnforcementThresholdsInput) input: SetEnforcementThresholdsInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ThresholdsService).set(input);
  }
}
