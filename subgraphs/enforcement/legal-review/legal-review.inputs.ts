import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { PenaltyDiscretionInput } from '../discretion/discretion.inputs';
import { DispositionKind } from '../disposition/disposition-enums';
import { PenaltyMeasure } from '../disposition/penalty-measure';
import { LegalReview } from './legal-review.entity';
import { LegalReviewDecision, LegalReviewStatus } from './legal-review-enums';

@InputType({ description: '提请法制审核 — ask the 法制科 to review a proposed decision on a case IN_PROGRESS (one pending review per case)' })
export class RequestLegalReviewInput {
  @Field(() => ID, { description: "Case id (IN_PROGRESS, yours or your unit's as supervisor)" })
  caseId!: string;

  @Field(() => DispositionKind, { description: '拟处理决定 — PENALTY or LABOR_IN_LIEU (else BAD_USER_INPUT on input.kind)' })
  kind!: DispositionKind;

  @Field(() => Int, { description: "拟罚款（元） — inside the violation type's legal range" })
  fineYuan!: number;

  @Field(() => [PenaltyMeasure], {
    nullable: true,
    description: '拟并处 — PENALTY only, as in recordDisposition (the decision later recorded must name exactly these)',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  measures?: PenaltyMeasure[] | null;

  @Field(() => Int, { nullable: true, description: '拟没收金额（元） — required with a confiscation measure and only then: whole yuan, 1–100,000,000' })
  confiscatedValueYuan?: number | null;

  @Field(() => PenaltyDiscretionInput, { nullable: true, description: '裁量适用 — required for PENALTY: grade, facts and any reason for leaving the band' })
  @IsOptional()
  @ValidateNested()
  discretion?: PenaltyDiscretionInput | null;

  @Field(() => String, { description: '案情及拟处理意见 — facts, evidence and proposal, 10–2000 characters' })
  @Length(10, 2000)
  summary!: string;
}

@InputType({ description: '法制审核结论 — the legal reviewer approves or returns a pending review' })
export class DecideLegalReviewInput {
  @Field(() => ID, { description: 'Legal review id (PENDING)' })
  reviewId!: string;

  @Field(() => LegalReviewDecision, { description: '结论 — APPROVE or RETURN' })
  decision!: LegalReviewDecision;

  @Field(() => String, { description: '审核意见 — written opinions, 5–2000 characters (also when approving)' })
  @Length(5, 2000)
  opinion!: string;
}

@InputType({ description: '法制审核筛选 — filter of the legal-review list' })
export class LegalReviewFilter {
  @Field(() => LegalReviewStatus, { nullable: true, description: "Only this state (e.g. PENDING: the reviewer's queue)" })
  status?: LegalReviewStatus | null;
}

@ObjectType({ description: 'Result of requestLegalReview and decideLegalReview' })
export class LegalReviewPayload {
  @Field(() => LegalReview, { description: 'The review' })
  review!: LegalReview;
}
