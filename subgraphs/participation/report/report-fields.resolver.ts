import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import { PersonalData, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { GridCell } from '../grid-cell/grid-cell.stub';
import { Officer } from '../officer/officer.stub';
import { ReportEvent } from '../report-event/report-event.entity';
import { eventsByReport } from '../report-event/report-event.loaders';
import { Report } from './report.entity';
import { duplicatesByOriginal, reportById } from './report.loaders';
import { ReportService } from './report.service';

/** Fields of Report computed from other rows; staff-only fields answer null to everyone else. */
@Resolver(() => Report)
export class ReportFieldsResolver {
  @FieldResolver(() => GridCell, {
    nullable: true,
    description: '所属网格 — grid cell the report was dispatched to',
  })
  grid(@Root() report: Report): GridCell | null {
    return report.gridCode ? { code: report.gridCode } : null;
  }

  @FieldResolver(() => Officer, {
    nullable: true,
    description: '责任网格员 — officer the report was dispatched to (staff)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  assignedOfficer(@Root() report: Report, @Ctx() ctx: SubgraphContext): Officer | null {
    const staff = ctx.services.get(ReportService).mayHandle(report);
    return staff && report.assignedOfficerId ? { id: report.assignedOfficerId } : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '联系电话 — in full to the signed-in citizen who submitted the report, masked (138****5678) to the handling staff, null to anyone else',
  })
  @RequiresRoles('CITIZEN', 'VOLUNTEER', 'OBSERVER', 'OFFICER', 'SUPERVISOR', 'ADMIN')
  @PersonalData()
  contactPhone(@Root() report: Report, @Ctx() ctx: SubgraphContext): string | null {
    return ctx.services.get(ReportService).contactPhoneFor(report);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "评价内容 — the citizen's comment (handling staff only)",
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  ratingComment(@Root() report: Report, @Ctx() ctx: SubgraphContext): string | null {
    return ctx.services.get(ReportService).mayHandle(report) ? (report.ratingComment ?? null) : null;
  }

  @FieldResolver(() => [ReportEvent], {
    description: '处理进度 — every step, oldest first (public)',
  })
  timeline(@Root() report: Report, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(eventsByReport).load(report.id);
  }

  @FieldResolver(() => Report, {
    nullable: true,
    description: '重复于 — the original report this one duplicates',
  })
  duplicateOf(@Root() report: Report, @Ctx() ctx: SubgraphContext) {
    return report.duplicateOfId ? ctx.loaders.get(reportById).load(report.duplicateOfId) : null;
  }

  @FieldResolver(() => [Report], {
    description: '重复上报 — later reports linked to this one as near-duplicates',
  })
  duplicates(@Root() report: Report, @Ctx() ctx: SubgraphContext) {
    return ctx.loaders.get(duplicatesByOriginal).load(report.id);
  }
}
