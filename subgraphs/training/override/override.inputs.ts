import { IsOptional, IsUUID } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { ExamOverride } from './exam-override.entity';

@InputType({ description: '个人考试调整 — extra attempts and/or a personal window for one officer in one exam' })
export class GrantExamOverrideInput {
  @Field(() => ID, { description: '考试 — exam id' })
  @IsUUID()
  examId!: string;

  @Field(() => ID, { description: '考生 — officer id' })
  @IsUUID()
  officerId!: string;

  @Field(() => Int, { defaultValue: 0, description: '追加次数 — 0–5 attempts on top of maxAttempts' })
  extraAttempts!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '个人开放时间 — replaces availableFrom (omit: keep)' })
  @IsOptional()
  availableFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '个人截止时间 — replaces availableUntil, after the opening (omit: keep)' })
  @IsOptional()
  availableUntil?: Date | null;

  @Field(() => String, { description: '理由 — 5–300 characters' })
  reason!: string;
}

@ObjectType({ description: 'Result of grantExamOverride' })
export class ExamOverridePayload {
  @Field(() => ExamOverride, { description: 'The override' })
  override!: ExamOverride;
}
