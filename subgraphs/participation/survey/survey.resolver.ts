import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';

import { RequiresRoles } from '../../../kernel/graphql/auth-directives';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { SatisfactionSurvey } from './satisfaction-survey.entity';
import { SatisfactionStats, SubmitSatisfactionSurveyInput, SubmitSatisfactionSurveyPayload, SurveyPeriodInput } from './survey.inputs';
import { SurveyService } from './survey.service';

@Resolver(() => SatisfactionSurvey)
export class SurveyResolver {
  @Mutation(() => SubmitSatisfactionSurveyPayload, {
    description: '满意度调查 — the reporter rates a resolved report, or staff record a party’s answers at a case follow-up',
  })
  submitSatisfactionSurvey(@Arg('input', () => SubmitSatisfactionSurveyInput) input: SubmitSatisfactionSurveyInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(SurveyService).submit(input);
  }

  @Query(() => [SatisfactionStats], { description: '满意度统计 — survey averages per subject for a period (supervisors)' })
  @RequiresRoles('SUPERVISOR', 'ADMIN')
  satisfactionStats(@Arg('period', () => SurveyPeriodInput) period: SurveyPeriodInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(SurveyService).stats(period);
  }
}
