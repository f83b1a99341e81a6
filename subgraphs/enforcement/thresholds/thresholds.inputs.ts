import { Length, Max, Min } from 'class-validator';
import { Field, GraphQLISODateTime, InputType, Int, ObjectType } from 'type-graphql';

import { EnforcementThresholds } from './enforcement-thresholds.entity';

@InputType({ description: '调整执法制度阈值 — adopt a new version of the thresholds (ADMIN); earlier decisions keep the version they were made under' })
export class SetEnforcementThresholdsInput {
  @Field(() => GraphQLISODateTime, { description: '施行时间 — now or later, not before the latest version (history is never rewritten)' })
  effectiveFrom!: Date;

  @Field(() => Int, { description: '较大数额罚款（自然人，元） — 1,000–200,000' })
  @Min(1_000)
  @Max(200_000)
  largeFinePersonYuan!: number;

  @Field(() => Int, { description: '较大数额罚款（组织，元） — 10,000–2,000,000 and not below the person amount' })
  @Min(10_000)
  @Max(2_000_000)
  largeFineOrganisationYuan!: number;

  @Field(() => Int, { description: '没收审核起点（元） — 0 (every confiscation is reviewed) to 2,000,000' })
  @Min(0)
  @Max(2_000_000)
  confiscationReviewFromYuan!: number;

  @Field(() => Int, { description: '公示期限（工作日） — 1–7 (国办发〔2018〕118号: within 7 working days)' })
  @Min(1)
  @Max(7)
  publicationWorkingDays!: number;

  @Field(() => Int, { description: '撤回期限（工作日） — 1–3 (《行政处罚法》第四十八条: within 3 days)' })
  @Min(1)
  @Max(3)
  withdrawalWorkingDays!: number;

  @Field(() => Int, { description: '公示前审查（小时） — 0–24' })
  @Min(0)
  @Max(24)
  disclosureReviewHours!: number;

  @Field(() => String, { description: '制定依据 — the document adopting it, 4–200 characters' })
  @Length(4, 200)
  adoptedBy!: string;
}

@ObjectType({ description: 'Result of setEnforcementThresholds' })
export class SetEnforcementThresholdsPayload {
  @Field(() => EnforcementThresholds, { description: 'The new version' })
  thresholds!: EnforcementThresholds;
}
