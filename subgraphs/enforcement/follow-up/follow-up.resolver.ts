import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { CaseConnection } from '../case/case.connection';
import { Case } from '../case/case.entity';
import { FollowUp } from './follow-up.entity';
import { RecordFollowUpInput, RecordFollowUpPayload } from './follow-up.inputs';
import { followUpByCase } from './follow-up.loaders';
import { FollowUpService } from './follow-up.service';

@Resolver(() => Case)
export class CaseFollowUpResolver {
  @Query(() => CaseConnection, { description: '超期未回访 — closed cases still without a follow-up 3 days after closure' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  overdueFollowUps(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('unitId', () => ID, { nullable: true, description: 'ADMIN: only this unit' }) unitId: string | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(FollowUpService).overdue(args, unitId);
  }

  @Mutation(() => RecordFollowUpPayload, { description: '记录回访 — record the follow-up visit of a closed case (satisfaction 1–5)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  recordFollowUp(@Arg('input', () => RecordFollowUpInput) input: RecordFollowUpInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(FollowUpService).record(input);
  }

  @FieldResolver(() => FollowUp, { nullable: true, description: '回访 — the follow-up visit, once recorded' })
  followUp(@Root() c: Case, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(followUpByCase).load(c.id);
  }
}
