import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Case } from '../case/case.entity';
import { PenaltyDiscretionInput } from '../discretion/discretion.inputs';
import { Disposition } from './disposition.entity';
import { DispositionColour, DispositionKind } from './disposition-enums';
import { PenaltyMeasure } from './penalty-measure';

@InputType({ description: '记录处置决定 — record a disposition on a case in progress' })
export class RecordDispositionInput {
  @Field(() => ID, { description: 'Case id' })
  caseId!: string;

  @Field(() => DispositionKind, {
    description: '处置方式 — kind. PENALTY and LABOR_IN_LIEU need a RECORDING evidence item first (else BAD_USER_INPUT on input.kind)',
  })
  kind!: DispositionKind;

  @Field(() => String, { nullable: true, description: '偏离理由 — required when the kind differs from the recommendation' })
  @IsOptional()
  @Length(5, 1000)
  deviationReason?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "罚款（元） — PENALTY: inside the violation type's legal range; LABOR_IN_LIEU: the fine it replaces (applies again if the labor lapses)",
  })
  fineYuan?: number | null;

  @Field(() => [PenaltyMeasure], {
    nullable: true,
    description:
      '并处 — PENALTY only, at most 4 distinct measures, not both SUSPEND_LICENCE and REVOKE_LICENCE (else BAD_USER_INPUT on input.measures); each makes the decision major: it needs an approved legal review of exactly these measures',
  })
  @IsOptional()
  @ArrayMaxSize(4)
  measures?: PenaltyMeasure[] | null;

  @Field(() => Int, { nullable: true, description: '没收金额（元） — required with a confiscation measure and only then: whole yuan, 1–100,000,000' })
  confiscatedValueYuan?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '公益劳动时长（小时） — LABOR_IN_LIEU: more than 0; with fineYuan it must equal the conversion (default ¥50 an hour, rounded up)',
  })
  laborHours?: number | null;

  @Field(() => ID, { nullable: true, description: '以劳代罚活动 — LABOR_IN_LIEU: the participation activity (labor-in-lieu session) to serve in' })
  activityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '以劳代罚服务人 — LABOR_IN_LIEU (required there, else BAD_USER_INPUT on input.laborServedBy): the citizen account (sign-in subject, 1 to 64 characters) of the party, or of the person the party names, who serves the hours; only that account can sign up with this disposition',
  })
  @IsOptional()
  @Length(1, 64)
  laborServedBy?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: '当事人同意以劳代罚 — the party agrees to labor in lieu (required for LABOR_IN_LIEU; recorded in the timeline)',
  })
  partyAgreesToLabor!: boolean;

  @Field(() => PenaltyDiscretionInput, {
    nullable: true,
    description:
      '裁量适用 — required for PENALTY (else BAD_USER_INPUT on input.discretion): grade and facts under the benchmark in force when the case occurred; a fine outside the band needs a reason and an approved legal review',
  })
  @IsOptional()
  @ValidateNested()
  discretion?: PenaltyDiscretionInput | null;
  @Field(() => String, {
    nullable: true,
    description:
      "变更理由 — required (5 to 1000 characters) when the case already has an effective decision: a supervisor supersedes it; the 721 track stays the first decision's",
  })
  @IsOptional()
  @Length(5, 1000)
  supersedeReason?: string | null;
}

@ObjectType({ description: 'Result of recordDisposition' })
export class RecordDispositionPayload {
  @Field(() => Disposition, { description: 'The recorded disposition' })
  disposition!: Disposition;

  @Field(() => Case, { description: 'The case; its 721 track is set by the first effective decision only' })
  case!: Case;
}

@ObjectType({ description: '处置建议 — what the flexible-enforcement ladder recommends for this case' })
export class DispositionRecommendation {
  @Field(() => DispositionKind, { description: '建议处置 — recommended kind' })
  kind!: DispositionKind;

  @Field(() => DispositionColour, { description: '颜色 — ladder colour' })
  colour!: DispositionColour;

  @Field(() => String, { description: '依据 — legal basis or rule applied' })
  basis!: string;

  @Field(() => Int, { description: '前案数 — earlier cases of the party for this type in the look-back window' })
  priorCaseCount!: number;

  @Field(() => Int, { nullable: true, description: '罚款下限（元） — for PENALTY' })
  fineMinYuan!: number | null;

  @Field(() => Int, { nullable: true, description: '罚款上限（元） — for PENALTY' })
  fineMaxYuan!: number | null;

  @Field(() => Int, { nullable: true, description: '整改天数 — for RECTIFICATION_NOTICE' })
  rectificationDays!: number | null;

  @Field(() => [DispositionKind], { description: 'Kinds acceptable without a deviation reason' })
  acceptable!: DispositionKind[];
}

@InputType({
  description:
    '整改确认 — confirm that the party rectified after a rectification notice, while the case is IN_PROGRESS or RESOLVED; needs an evidence item added after the notice',
})
export class ConfirmRectificationInput {
  @Field(() => ID, { description: 'Disposition id (a RECTIFICATION_NOTICE)' })
  dispositionId!: string;

  @Field(() => String, { nullable: true, description: '复查说明 — note from the re-inspection' })
  @IsOptional()
  @Length(2, 1000)
  note?: string | null;
}

@ObjectType({ description: 'Result of confirmRectification' })
export class ConfirmRectificationPayload {
  @Field(() => Disposition, { description: 'The notice, now with rectifiedAt' })
  disposition!: Disposition;

  @Field(() => Case, { description: 'The case of the notice, as it is now (it may now be verified and closed)' })
  case!: Case;
}
