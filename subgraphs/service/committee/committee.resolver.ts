import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Merchant } from '../merchant/merchant.stub';
import { CommitteeMember } from './committee-member.entity';
import { SelfGovernanceCommittee } from './committee.entity';
import { CommitteeDutyDay, FormCommitteeInput, FormCommitteePayload } from './committee.inputs';
import { membersByCommittee } from './committee.loaders';
import { CommitteeService } from './committee.service';

@Resolver(() => SelfGovernanceCommittee)
export class CommitteeResolver {
  @Mutation(() => FormCommitteePayload, {
    description: "成立商户自治委员会 — form a zone's committee from its stall holders, with the duty order (staff of the squad, ADMIN)",
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  formCommittee(@Arg('input', () => FormCommitteeInput) input: FormCommitteeInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(CommitteeService).form(input);
  }

  @FieldResolver(() => Merchant, { description: '主任 — the chair' })
  chair(@Root() committee: SelfGovernanceCommittee): Merchant {
    return { id: committee.chairMerchantId };
  }

  @FieldResolver(() => [CommitteeMember], { description: '委员 — the members by seat (3–15)' })
  members(@Root() committee: SelfGovernanceCommittee, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(membersByCommittee).load(committee.id);
  }

  @FieldResolver(() => [CommitteeDutyDay], { description: '轮值表 — who is on duty each day (摊主轮值制), public' })
  dutyRoster(
    @Root() committee: SelfGovernanceCommittee,
    @Arg('days', () => Int, { defaultValue: 7, description: 'Number of days, 1–31' }) days: number,
    @Arg('from', () => String, { nullable: true, description: 'First day, China-time date YYYY-MM-DD; today by default' }) from: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(CommitteeService).roster(committee, days, from);
  }
}
