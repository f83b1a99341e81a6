import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

import { Difficulty, QuestionType } from './question-enums';

@InputType({ description: '题库筛选 — every given criterion must hold (AND); omit a field to ignore it' })
export class QuestionFilterInput {
  @Field(() => String, { nullable: true, description: '知识点 — exact topic, 2–40 characters' })
  @IsOptional()
  @Length(2, 40)
  topic?: string | null;

  @Field(() => String, { nullable: true, description: '标签 — carries this tag, 1–20 characters' })
  @IsOptional()
  @Length(1, 20)
  tag?: string | null;

  @Field(() => QuestionType, { nullable: true, description: '题型 — type' })
  type?: QuestionType | null;

  @Field(() => Difficulty, { nullable: true, description: '难度 — difficulty' })
  difficulty?: Difficulty | null;

  @Field(() => Boolean, { nullable: true, description: '待复核 — true: only flagged questions; false: only unflagged' })
  needsReview?: boolean | null;

  @Field(() => ID, { nullable: true, description: '所引法条 — the current version cites this law article version' })
  @IsOptional()
  @IsUUID()
  lawArticleId?: string | null;

  @Field(() => ID, { nullable: true, description: '所属考试 — in this exam’s FIXED paper or in one of its RANDOM draw pools' })
  @IsOptional()
  @IsUUID()
  usedByExamId?: string | null;

  @Field(() => String, { nullable: true, description: '关键字 — the current stem contains this text, 1–50 characters' })
  @IsOptional()
  @Length(1, 50)
  search?: string | null;
}
