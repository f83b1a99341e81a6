import { IsOptional, IsUrl, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

import { CourseCategory } from '../course/course-category.enum';
import { ExternalTrainingClaim } from './external-training-claim.entity';

@InputType({ description: '申报外部培训 — the officer claims hours for external training' })
export class SubmitExternalTrainingClaimInput {
  @Field(() => String, { description: '培训名称 — 2–120 characters' })
  @Length(2, 120)
  title!: string;

  @Field(() => String, { description: '举办单位 — 2–120 characters' })
  @Length(2, 120)
  provider!: string;

  @Field(() => String, { description: '完成日期 — YYYY-MM-DD, not in the future' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'completedOn must be a date YYYY-MM-DD' })
  completedOn!: string;

  @Field(() => Float, { description: '学时 — 0.5–40, multiple of 0.5' })
  @Min(0.5)
  @Max(40)
  hours!: number;

  @Field(() => CourseCategory, { description: '类别 — category' })
  category!: CourseCategory;

  @Field(() => String, { description: '证明材料 — evidence URI (https)' })
  @IsUrl({ require_tld: false, protocols: ['https'] })
  evidenceUri!: string;
}

@InputType({ description: '审核外部培训 — a trainer approves or rejects a pending claim' })
export class ReviewExternalTrainingClaimInput {
  @Field(() => ID, { description: '申报 — claim id' })
  @IsUUID()
  claimId!: string;

  @Field(() => Boolean, { description: 'true approves (writes an EXTERNAL_TRAINING ledger entry), false rejects' })
  approve!: boolean;

  @Field(() => String, { nullable: true, description: '审核意见 — 2–200 characters; required when rejecting' })
  @IsOptional()
  @Length(2, 200)
  note?: string | null;
}

@ObjectType({ description: 'Result of submitting or reviewing a claim' })
export class ExternalTrainingClaimPayload {
  @Field(() => ExternalTrainingClaim, { description: 'The claim' })
  claim!: ExternalTrainingClaim;
}
