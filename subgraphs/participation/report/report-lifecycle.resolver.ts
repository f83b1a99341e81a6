import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ChangeReportStatusInput, DisputeReportInput, RateReportInput, ReportPayload } from './report-lifecycle.inputs';
import { ReportLifecycleService } from './report-lifecycle.service';

@Resolver()
export class ReportLifecycleResolver {
  @Mutation(() => ReportPayload, {
    description: '变更处理状态 — next step of a report, with a public note (staff)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  changeReportStatus(@Arg('input', () => ChangeReportStatusInput) input: ChangeReportStatusInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ReportLifecycleService).changeStatus(input);
  }

  @Mutation(() => ReportPayload, {
    description: '申请复核 — the reporter disputes a resolution within 7 days; reopens it',
  })
  disputeReport(@Arg('input', () => DisputeReportInput) input: DisputeReportInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ReportLifecycleService).dispute(input);
  }

  @Mutation(() => ReportPayload, {
    description: '满意度评价 — the reporter rates a RESOLVED / CLOSED report once',
  })
  rateReport(@Arg('input', () => RateReportInput) input: RateReportInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ReportLifecycleService).rate(input);
  }
}
