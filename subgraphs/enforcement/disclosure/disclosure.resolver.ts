import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { DisclosureActionsService } from './disclosure-actions.service';
import { PenaltyDisclosureConnection } from './disclosure.connection';
import {
  DisclosureBacklog,
  PenaltyDisclosureFilter,
  PenaltyDisclosurePayload,
  WithdrawPenaltyDisclosureInput,
  WithholdPenaltyDisclosureInput,
} from './disclosure.inputs';
import { DisclosureService } from './disclosure.service';
import { PenaltyDisclosure } from './penalty-disclosure.entity';

@Resolver(() => PenaltyDisclosure)
export class PenaltyDisclosureResolver {
  @Query(() => PenaltyDisclosureConnection, {
    description: '行政处罚决定公示 — published penalty decisions, newest first (public, no sign-in); persons by surname only (国办发〔2018〕118号)',
  })
  penaltyDisclosures(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => PenaltyDisclosureFilter, { nullable: true }) filter: PenaltyDisclosureFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(DisclosureService).list(args, filter ?? {});
  }

  @Query(() => DisclosureBacklog, {
    description: '公示待办 — penalty decisions of a unit not yet published, with their publication deadlines (SUPERVISOR, ADMIN)',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  penaltyDisclosureBacklog(
    @Arg('unitId', () => ID, { nullable: true, description: "Unit; a supervisor's own by default, the whole bureau for ADMIN" }) unitId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(DisclosureService).backlog(unitId);
  }

  @Mutation(() => PenaltyDisclosurePayload, {
    description: '撤回公示 — take down a published decision that was changed, revoked or found unlawful, with the reason shown (《行政处罚法》第四十八条)',
  })
  @RequiresRoles('SUPERVISOR', 'LEGAL_REVIEWER', 'ADMIN')
  withdrawPenaltyDisclosure(@Arg('input', () => WithdrawPenaltyDisclosureInput) input: WithdrawPenaltyDisclosureInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DisclosureActionsService).withdraw(input);
  }

  @Mutation(() => PenaltyDisclosurePayload, {
    description: '不予公开 — hold a penalty decision back (minor, state secret, personal privacy) with a recorded reason',
  })
  @RequiresRoles('SUPERVISOR', 'LEGAL_REVIEWER', 'ADMIN')
  withholdPenaltyDisclosure(@Arg('input', () => WithholdPenaltyDisclosureInput) input: WithholdPenaltyDisclosureInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(DisclosureActionsService).withhold(input);
  }
}
