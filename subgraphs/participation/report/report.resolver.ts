import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { ReportConnection } from './report.connection';
import { Report } from './report.entity';
import { ReportFilter, SubmitReportInput, SubmitReportPayload } from './report.inputs';
import { ReportService } from './report.service';

@Resolver(() => Report)
export class ReportResolver {
  @Mutation(() => SubmitReportPayload, {
    description: '市民随手拍：提交问题上报 — open to anonymous callers (rate-limited)',
  })
  submitReport(@Arg('input', () => SubmitReportInput) input: SubmitReportInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ReportService).submit(input);
  }

  @Query(() => ReportConnection, {
    description: '随手拍列表 — reports, newest first (staff; officers see their own)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  reports(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => ReportFilter, { nullable: true }) filter: ReportFilter | null,
    @Ctx() ctx: SubgraphContext,
  ) {
    return ctx.services.get(ReportService).list(args, filter ?? {});
  }

  @Query(() => Report, { description: '随手拍 — one report by id (staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  report(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ReportService).get(id);
  }

  @Query(() => Report, {
    description: '进度查询 — public progress of a report by its tracking code',
  })
  trackReport(@Arg('trackingCode', () => String) trackingCode: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(ReportService).track(trackingCode);
  }
}
