import { IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { SatisfactionSurvey } from './satisfaction-survey.entity';
import { SurveySubject } from './survey-enums';

@InputType({ description: '满意度调查答卷 — answers about a resolved report (reporter) or a closed case (recorded at the follow-up visit)' })
export class SubmitSatisfactionSurveyInput {
  @Field(() => String, { nullable: true, description: 'REPORT: the report’s tracking code' })
  @IsOptional()
  trackingCode?: string | null;

  @Field(() => String, { nullable: true, description: 'REPORT, anonymous reporter: the secret returned at submission' })
  @IsOptional()
  reporterSecret?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "CASE_FOLLOW_UP: a closed enforcement case of your unit (ADMIN: any); unknown or not yet closed: NOT_FOUND, another unit's: FORBIDDEN",
  })
  @IsOptional()
  @IsUUID()
  caseId?: string | null;

  @Field(() => Int, { description: '办理速度 — 1–5' })
  @Min(1)
  @Max(5)
  speed!: number;

  @Field(() => Int, { description: '服务态度 — 1–5' })
  @Min(1)
  @Max(5)
  attitude!: number;

  @Field(() => Int, { description: '处理结果 — 1–5' })
  @Min(1)
  @Max(5)
  outcome!: number;

  @Field(() => String, { nullable: true, description: '意见建议 — up to 500 characters' })
  @IsOptional()
  @Length(1, 500)
  comment?: string | null;
}

@ObjectType({ description: 'Result of submitSatisfactionSurvey' })
export class SubmitSatisfactionSurveyPayload {
  @Field(() => SatisfactionSurvey, { description: 'The stored survey' })
  survey!: SatisfactionSurvey;
}

@ObjectType({ description: '满意度统计 — averages (1–5) of the surveys answered in a period, per subject' })
export class SatisfactionStats {
  @Field(() => SurveySubject, { description: 'What the surveys are about' })
  subject!: SurveySubject;

  @Field(() => Int, { description: 'Surveys answered in the period' })
  responses!: number;

  @Field(() => Float, { nullable: true, description: 'Average speed score; null without responses' })
  speed!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average attitude score' })
  attitude!: number | null;

  @Field(() => Float, { nullable: true, description: 'Average outcome score' })
  outcome!: number | null;

  @Field(() => Float, { nullable: true, description: '满意率 — share of responses whose three scores are all ≥ 4' })
  satisfiedShare!: number | null;
}

@InputType({ description: 'Period of the statistics: [from, to)' })
export class SurveyPeriodInput {
  @Field(() => GraphQLISODateTime, { description: 'Start (inclusive)' })
  from!: Date;

  @Field(() => GraphQLISODateTime, { description: 'End (exclusive)' })
  to!: Date;
}
