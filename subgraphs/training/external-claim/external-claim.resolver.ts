import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ClaimStatus } from './claim-enums';
import { ExternalTrainingClaimConnection } from './external-claim.connection';
import { ExternalTrainingClaimPayload, ReviewExternalTrainingClaimInput, SubmitExternalTrainingClaimInput } from './external-claim.inputs';
import { ExternalClaimService } from './external-claim.service';

@Resolver()
export class ExternalClaimResolver {
  @Mutation(() => ExternalTrainingClaimPayload, { description: '申报外部培训 — the officer submits a claim with evidence (PENDING)' })
  @RequiresRoles('OFFICER')
  submitExternalTrainingClaim(@Arg('input', () => SubmitExternalTrainingClaimInput) input: SubmitExternalTrainingClaimInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExternalClaimService).submit(input);
  }

  @Mutation(() => ExternalTrainingClaimPayload, { description: '审核外部培训 — approve (credits hours once) or reject a PENDING claim (trainers)' })
  @RequiresRoles('TRAINER', 'ADMIN')
  reviewExternalTrainingClaim(@Arg('input', () => ReviewExternalTrainingClaimInput) input: ReviewExternalTrainingClaimInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ExternalClaimService).review(input);
  }

  @Query(() => ExternalTrainingClaimConnection, { description: '外部培训申报 — all claims (trainers) or the caller’s own (officers), oldest first' })
  @RequiresRoles('OFFICER', 'TRAINER', 'ADMIN')
  externalTrainingClaims(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => ClaimStatus, { nullable: true, description: 'Only this status' }) status: ClaimStatus | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ExternalClaimService).list(args, status ?? null);
  }
}
