import { FieldResolver, Resolver, Root } from 'type-graphql';

import { Case } from '../case/case.entity';
import { Report } from './report.stub';

@Resolver(() => Case)
export class CaseSourceReportResolver {
  @FieldResolver(() => Report, { nullable: true, description: '来源随手拍 — the citizen report the case was opened from' })
  sourceReport(@Root() c: Case): Report | null {
    return c.sourceReportId ? { id: c.sourceReportId } : null;
  }
}
