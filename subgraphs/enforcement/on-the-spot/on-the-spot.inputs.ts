import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { CreateCaseInput } from '../case/case.inputs';
import { Case } from '../case/case.entity';
import { DispositionKind } from '../disposition/disposition-enums';
import { Disposition } from '../disposition/disposition.entity';
import { PenaltyDiscretionInput } from '../discretion/discretion.inputs';
import { EvidenceItemInput } from '../evidence/evidence.inputs';

@InputType({
  description:
    '当场处置 — an officer on the street opens, files and takes a case and decides it in one step (simple procedure); verification and closure stay with someone else',
})
export class RecordOnTheSpotInput {
  @Field(() => CreateCaseInput, { description: '案件 — the case, as for createCase (a grid cell of your unit)' })
  @ValidateNested()
  case!: CreateCaseInput;

  @Field(() => DispositionKind, {
    description: '处置方式 — WARNING, SERVICE or PENALTY (a simple-procedure fine); other kinds answer BAD_USER_INPUT on input.kind',
  })
  kind!: DispositionKind;

  @Field(() => Int, {
    nullable: true,
    description:
      "罚款（元） — PENALTY only: at most ¥200 for a person, ¥3,000 for an organisation (行政处罚法第五十一条), and inside the violation type's range",
  })
  fineYuan?: number | null;

  @Field(() => PenaltyDiscretionInput, {
    nullable: true,
    description:
      '裁量适用 — required for PENALTY (else BAD_USER_INPUT on input.discretion): grade and facts under the benchmark in force when the case occurred (行政处罚裁量基准); a fine outside the grade needs a legal review, which a simple-procedure fine on the spot cannot wait for',
  })
  @IsOptional()
  @ValidateNested()
  discretion?: PenaltyDiscretionInput | null;

  @Field(() => String, { nullable: true, description: "偏离理由 — 5 to 1000 characters; required when the kind differs from the ladder's recommendation" })
  @IsOptional()
  @Length(5, 1000)
  deviationReason?: string | null;

  @Field(() => ID, { description: '在场的第二名执法人员 — an active officer of your unit other than you (行政处罚法第四十二条: 不得少于两人)' })
  secondOfficerId!: string;

  @Field(() => [EvidenceItemInput], { description: '现场证据 — 1 to 10 items; a PENALTY needs a RECORDING among them (执法全过程记录)' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  evidence!: EvidenceItemInput[];
}

@ObjectType({ description: 'Result of recordOnTheSpot' })
export class RecordOnTheSpotPayload {
  @Field(() => Case, { description: 'The case, RESOLVED and awaiting verification by someone else' })
  case!: Case;

  @Field(() => Disposition, { description: 'The decision taken on the spot' })
  disposition!: Disposition;
}
