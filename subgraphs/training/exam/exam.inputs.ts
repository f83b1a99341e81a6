import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Difficulty } from '../question/question-enums';
import { CountingPolicy, ExamKind, PaperMode } from './exam-enums';
import { Exam } from './exam.entity';
import { ReviewPolicy } from './review-policy.types';

@InputType({ description: '抽题规则 — topic × difficulty × count' })
export class DrawRuleInput {
  @Field(() => String, { description: '知识点 — topic' })
  @Length(2, 40)
  topic!: string;

  @Field(() => Difficulty, { description: '难度 — difficulty' })
  difficulty!: Difficulty;

  @Field(() => Int, { description: '题数 — 1–50' })
  @Min(1)
  @Max(50)
  count!: number;
}

@InputType({ description: '新建考试 — a published exam' })
export class CreateExamInput {
  @Field(() => String, { description: '考试编号 — e.g. CERT-2026' })
  @Matches(/^[A-Z0-9-]{3,30}$/, { message: 'code must be 3–30 capital letters, digits or dashes' })
  code!: string;

  @Field(() => String, { description: '名称 — 2–120 characters' })
  @Length(2, 120)
  title!: string;

  @Field(() => ExamKind, { description: '类型 — kind' })
  kind!: ExamKind;

  @Field(() => PaperMode, { description: '组卷方式 — mode' })
  mode!: PaperMode;

  @Field(() => [ID], { defaultValue: [], description: 'FIXED: question ids in order (1–100)' })
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  questionIds!: string[];

  @Field(() => [DrawRuleInput], { defaultValue: [], description: 'RANDOM: draw rules (1–10)' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  rules!: DrawRuleInput[];

  @Field(() => Int, { description: '时限（分钟） — 1–240' })
  @Min(1)
  @Max(240)
  timeLimitMinutes!: number;

  @Field(() => Int, { description: '及格线（%） — 1–100' })
  @Min(1)
  @Max(100)
  passMarkPercent!: number;

  @Field(() => Int, { description: '最多作答次数 — 1–10' })
  @Min(1)
  @Max(10)
  maxAttempts!: number;

  @Field(() => CountingPolicy, { description: '计分规则 — which attempt counts' })
  countingPolicy!: CountingPolicy;

  @Field(() => GraphQLISODateTime, { description: '开放时间 — from' })
  availableFrom!: Date;

  @Field(() => GraphQLISODateTime, { description: '截止时间 — until (after availableFrom)' })
  availableUntil!: Date;

  @Field(() => ReviewPolicy, { nullable: true, description: '解析公布规则 — omit for the default of the exam kind (see ReviewPolicyInput)' })
  @IsOptional()
  @ValidateNested()
  reviewPolicy?: ReviewPolicy | null;
}

@ObjectType({ description: 'Result of createExam' })
export class ExamPayload {
  @Field(() => Exam, { description: 'The exam' })
  exam!: Exam;
}

@ObjectType({ description: '试题分析 — statistics of one question version over graded attempts' })
export class ItemStatisticView {
  @Field(() => ID, { description: '试题版本 — question version id' })
  questionVersionId!: string;

  @Field(() => String, { description: '题干 — stem' })
  stem!: string;

  @Field(() => Int, { description: '作答数 — graded responses' })
  responses!: number;

  @Field(() => Float, { description: '难度 P — share fully correct (0…1; higher is easier)' })
  difficulty!: number;

  @Field(() => Float, { nullable: true, description: '区分度 D — share correct in the top 27 % minus the bottom 27 % (−1…1)' })
  discrimination!: number | null;
}

@ObjectType({ description: '考试成绩 — the counted result of an officer in an exam' })
export class ExamOutcome {
  @Field(() => Float, {
    nullable: true,
    description: '计分成绩（%） — by the exam’s counting policy; null before any graded attempt or while the review policy hides the score',
  })
  scorePercent!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否通过 — the counted attempt passed; null while the review policy hides the score' })
  passed!: boolean | null;

  @Field(() => Int, { description: '已用次数 — attempts started' })
  attemptsUsed!: number;

  @Field(() => Int, { description: '剩余次数 — attempts left' })
  attemptsLeft!: number;
}
