import { FieldResolver, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { Report } from '../report/report.entity';
import { Case } from './case.stub';

@Resolver(() => Report)
export class ReportCaseResolver {
  @FieldResolver(() => Case, { nullable: true, description: '关联案件 — the enforcement case opened from this report (staff)' })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  case(@Root() report: Report): Case | null {
    return report.caseId ? { id: report.caseId } : null;
  }
}
