import { ArrayMaxSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { DiscretionBenchmark } from './discretion-benchmark.entity';
import { DiscretionGrade } from './discretion-grade.enum';

@InputType({ description: '裁量适用 — the discretion grade and facts of a penalty (《行政处罚法》第三十四条)' })
export class PenaltyDiscretionInput {
  @Field(() => DiscretionGrade, { description: '裁量阶次 — grade of the circumstances' })
  grade!: DiscretionGrade;

  @Field(() => String, { description: '裁量情形 — the facts found that define the grade, 2–1000 characters' })
  @Length(2, 1000)
  facts!: string;

  @Field(() => String, {
    nullable: true,
    description: "超出阶次理由 — 5–1000 characters; required when the fine lies outside the grade's band (and then the decision needs legal review)",
  })
  @IsOptional()
  @Length(5, 1000)
  outsideRangeReason?: string | null;
}

@InputType({ description: '裁量阶次 — one grade of a new benchmark version' })
export class GradeBandInput {
  @Field(() => DiscretionGrade, { description: '阶次 — grade; a version lists MINOR, GENERAL, SERIOUS in this order' })
  grade!: DiscretionGrade;

  @Field(() => String, { description: '情形 — the facts that define the grade, 5–500 characters' })
  @Length(5, 500)
  facts!: string;

  @Field(() => Int, { description: "罚款下限（元） — whole yuan, inside the legal range, not below the lower grade's minimum" })
  fineMinYuan!: number;

  @Field(() => Int, { description: "罚款上限（元） — whole yuan, inside the legal range, not below this grade's minimum" })
  fineMaxYuan!: number;
}

@InputType({ description: "发布裁量基准 — publish a new version of a violation type's discretion benchmark" })
export class PublishDiscretionBenchmarkInput {
  @Field(() => ID, { description: 'Violation type code, e.g. SV-01' })
  violationTypeCode!: string;

  @Field(() => GraphQLISODateTime, { description: "施行日期 — in force from this moment; not before the latest version's date" })
  effectiveFrom!: Date;

  @Field(() => String, { description: '制定依据 — the adopting document, 4–200 characters, e.g. 兰综执〔2026〕8号' })
  @Length(4, 200)
  adoptedBy!: string;

  @Field(() => [GradeBandInput], { description: '裁量阶次 — exactly three grades: MINOR, GENERAL, SERIOUS' })
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  grades!: GradeBandInput[];
}

@ObjectType({ description: 'Result of publishDiscretionBenchmark' })
export class PublishDiscretionBenchmarkPayload {
  @Field(() => DiscretionBenchmark, { description: 'The new version' })
  benchmark!: DiscretionBenchmark;
}
