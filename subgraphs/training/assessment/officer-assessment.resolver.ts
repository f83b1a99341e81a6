import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Officer } from '../officer/officer.stub';
import { AssessmentService } from './assessment.service';
import { OfficerAssessment } from './assessment.types';

@Resolver(() => Officer)
export class OfficerAssessmentResolver {
  @FieldResolver(() => OfficerAssessment, {
    nullable: true,
    description: '综合评估 — the officer’s assessment for a year (the officer, supervisors, trainers)',
  })
  @Directive('@requires(fields: "substantiatedComplaints educationFirstShare communityScore")')
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'TRAINER', 'ADMIN')
  assessment(@Root() officer: Officer, @Arg('year', () => Int) year: number, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(AssessmentService).assessment(officer, year);
  }
}
