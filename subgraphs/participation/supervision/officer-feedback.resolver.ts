import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import {
  FeedbackSummary,
  InvestigateComplaintInput,
  OfficerFeedbackFilter,
  OfficerFeedbackPayload,
  SendOfficerFeedbackInput,
  SupervisionCard,
} from './feedback.inputs';
import { feedbackSummaryByOfficer } from './feedback.loaders';
import { OfficerFeedbackConnection } from './officer-feedback.connection';
import { OfficerFeedbackService } from './officer-feedback.service';

@Resolver(() => Officer)
export class OfficerFeedbackResolver {
  @Mutation(() => OfficerFeedbackPayload, {
    description: '执法监督 — praise or complain about an officer (anonymous allowed)',
  })
  sendOfficerFeedback(@Arg('input', () => SendOfficerFeedbackInput) input: SendOfficerFeedbackInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerFeedbackService).send(input);
  }

  @Mutation(() => OfficerFeedbackPayload, {
    description: '投诉核查 — record the outcome of a complaint (supervisors)',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  investigateOfficerComplaint(@Arg('input', () => InvestigateComplaintInput) input: InvestigateComplaintInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerFeedbackService).investigate(input);
  }

  @Query(() => OfficerFeedbackConnection, {
    description: '监督反馈列表 — praise and complaints, newest first (supervisors)',
  })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  officerFeedback(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => OfficerFeedbackFilter, { nullable: true })
    filter: OfficerFeedbackFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(OfficerFeedbackService).list(args, filter ?? {});
  }

  @Query(() => SupervisionCard, {
    description: '执法监督码 — public supervision card of an officer',
  })
  officerSupervisionCard(@Arg('officerId', () => ID) officerId: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(OfficerFeedbackService).card(officerId);
  }

  @FieldResolver(() => FeedbackSummary, {
    nullable: true,
    description: '市民监督汇总 — feedback counts (the officer, supervisors, trainers)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN', 'TRAINER')
  feedbackSummary(@Root() officer: Officer, @Ctx() ctx: SubgraphContext) {
    const allowed = ctx.services.get(OfficerFeedbackService).maySeeSummary(officer.id);
    return allowed ? ctx.loaders.get(feedbackSummaryByOfficer).load(officer.id) : null;
  }
}
