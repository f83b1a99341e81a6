import { ArrayMaxSize, IsOptional, IsUUID, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

import { Difficulty, QuestionType } from './question-enums';
import { QuestionVersion } from './question-version.entity';
import { Question } from './question.entity';

@InputType({ description: '选项 — an option and whether it is correct' })
export class OptionInput {
  @Field(() => String, { description: '选项内容 — 1–200 characters' })
  @Length(1, 200)
  text!: string;

  @Field(() => Boolean, { description: '是否正确 — correct' })
  correct!: boolean;
}

@InputType({ description: '试题内容 — the versioned content of a question' })
export class QuestionContentInput {
  @Field(() => String, { description: '题干 — 5–1000 characters' })
  @Length(5, 1000)
  stem!: string;

  @Field(() => [OptionInput], { defaultValue: [], description: '选项 — choice types: 2–6 (TRUE_FALSE: leave empty and set trueFalseAnswer)' })
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  options!: OptionInput[];

  @Field(() => Boolean, { nullable: true, description: '判断题答案 — TRUE_FALSE only' })
  @IsOptional()
  trueFalseAnswer?: boolean | null;

  @Field(() => [String], {
    defaultValue: [],
    description:
      '关键词 — SHORT_ANSWER: 1–10 keywords, alternatives separated by |; CASE_ANALYSIS: 1–10 rubric criteria (评分要点) the grading trainer scores against',
  })
  @ArrayMaxSize(10)
  @Length(1, 60, { each: true })
  keywords!: string[];

  @Field(() => String, { description: '解析 — explanation shown after grading, 2–1000 characters' })
  @Length(2, 1000)
  explanation!: string;
}

@InputType({ description: '新建试题 — a bank item with its first version' })
export class CreateQuestionInput {
  @Field(() => QuestionType, { description: '题型 — type' })
  type!: QuestionType;

  @Field(() => [String], { defaultValue: [], description: '标签 — 0–10 tags, each 1–20 characters without separators (、,，;；); repeats are dropped' })
  @ArrayMaxSize(10)
  tags!: string[];

  @Field(() => String, { description: '知识点 — topic, 2–40 characters' })
  @Length(2, 40)
  topic!: string;

  @Field(() => ID, {
    nullable: true,
    description: '所引法条 — id of a CURRENT law article version (see lawArticles); amending or retiring it flags this question',
  })
  @IsOptional()
  @IsUUID()
  lawArticleId?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: 'Use lawArticleId',
    description: '法条（文字） — 2–80 characters; accepted only when it names one CURRENT catalogue article (then linked to it), else BAD_USER_INPUT',
  })
  @IsOptional()
  @Length(2, 80)
  lawArticle?: string | null;

  @Field(() => Difficulty, { description: '难度 — difficulty' })
  difficulty!: Difficulty;

  @Field(() => QuestionContentInput, { description: '内容 — content' })
  @ValidateNested()
  content!: QuestionContentInput;
}

@InputType({ description: '修订试题 — writes a new version; earlier attempts keep theirs' })
export class ReviseQuestionInput {
  @Field(() => ID, { description: '试题 — question id' })
  @IsUUID()
  questionId!: string;

  @Field(() => QuestionContentInput, { description: '新内容 — new content' })
  @ValidateNested()
  content!: QuestionContentInput;

  @Field(() => ID, {
    nullable: true,
    description: '所引法条版本 — law article version cited (omit: keep the previous citation; null: none). Revising clears needsReview',
  })
  @IsOptional()
  @IsUUID()
  lawArticleId?: string | null;
}

@ObjectType({ description: 'Result of createQuestion / reviseQuestion' })
export class QuestionPayload {
  @Field(() => Question, { description: 'The question' })
  question!: Question;

  @Field(() => QuestionVersion, { description: 'Its current (new) version' })
  version!: QuestionVersion;
}

@InputType({ description: '设置试题标签 — replaces a question’s tags (no new version: tags are not content)' })
export class SetQuestionTagsInput {
  @Field(() => ID, { description: '试题 — question id' })
  @IsUUID()
  questionId!: string;

  @Field(() => [String], { description: '标签 — the new tags, 0–10, each 1–20 characters without separators (、,，;；); [] clears them' })
  @ArrayMaxSize(10)
  tags!: string[];
}
