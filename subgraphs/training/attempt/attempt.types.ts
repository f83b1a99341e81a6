import { ArrayMaxSize, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

import { QuestionType } from '../question/question-enums';
import { ExamAttempt } from './exam-attempt.entity';

/**
 * Examinee-facing option: a label (A, B, … in this attempt's shuffled order) and its text. By design this type
 * has no correctness, score or explanation field.
 */
@ObjectType({ description: '作答选项 — an option as the examinee sees it (label in this attempt’s order, text)' })
export class AttemptOption {
  @Field(() => String, { description: '选项标号 — A, B, C … (this attempt’s order)' })
  label!: string;

  @Field(() => String, { description: '选项内容 — text' })
  text!: string;
}

/** Examinee-facing question: no correct answer, keywords or explanation fields exist on this type. */
@ObjectType({ description: '作答题目 — a question as the examinee sees it during the attempt' })
export class AttemptQuestion {
  @Field(() => Int, { description: '题号 — position in the paper, from 1' })
  position!: number;

  @Field(() => QuestionType, { description: '题型 — type' })
  type!: QuestionType;

  @Field(() => String, { description: '题干 — stem' })
  stem!: string;

  @Field(() => [AttemptOption], { description: '选项 — options in this attempt’s shuffled order (empty for SHORT_ANSWER)' })
  options!: AttemptOption[];

  @Field(() => [String], { description: '已选 — labels the examinee selected' })
  selectedLabels!: string[];

  @Field(() => String, { nullable: true, description: '作答内容 — the examinee’s text (SHORT_ANSWER)' })
  answerText!: string | null;

  @Field(() => Boolean, { description: '已作答 — answered' })
  answered!: boolean;
}

@ObjectType({ description: '解析选项 — an option with its correctness, after grading' })
export class ReviewOption {
  @Field(() => String, { description: '选项标号 — label in the attempt' })
  label!: string;

  @Field(() => String, { description: '选项内容 — text' })
  text!: string;

  @Field(() => Boolean, { nullable: true, description: '正确 — correct; null while the review policy hides the correct answers' })
  correct!: boolean | null;

  @Field(() => Boolean, { description: '已选 — selected by the examinee' })
  selected!: boolean;
}

@ObjectType({ description: '答题解析 — one question after grading: answer, score, explanation' })
export class ReviewItem {
  @Field(() => Int, { description: '题号 — position' })
  position!: number;

  @Field(() => QuestionType, { description: '题型 — type' })
  type!: QuestionType;

  @Field(() => String, { description: '题干 — stem (of the version drawn)' })
  stem!: string;

  @Field(() => [ReviewOption], { description: '选项 — options with correctness' })
  options!: ReviewOption[];

  @Field(() => [String], {
    nullable: true,
    description: '参考关键词 — SHORT_ANSWER keywords, CASE_ANALYSIS rubric criteria (评分要点); null while the correct answers are hidden',
  })
  keywords!: string[] | null;

  @Field(() => String, { nullable: true, description: '作答内容 — the examinee’s text' })
  answerText!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: '得分 — 0…1; null while the review policy hides which answers were right, or (to trainers) while a case-analysis answer awaits grading',
  })
  score!: number | null;

  @Field(() => String, {
    nullable: true,
    description: '评语 — the grading trainer’s comment on a CASE_ANALYSIS answer; null while the review policy hides which answers were right',
  })
  graderComment!: string | null;

  @Field(() => String, { nullable: true, description: '解析 — explanation; null while the review policy hides explanations' })
  explanation!: string | null;
}

@ObjectType({ description: '当前可见内容 — which parts of the review the exam’s review policy shows the caller now' })
export class ReviewShown {
  @Field(() => Boolean, { description: '成绩 — score and pass/fail' })
  score!: boolean;

  @Field(() => Boolean, { description: '对错 — per-question score' })
  correctness!: boolean;

  @Field(() => Boolean, { description: '正确答案 — correct options and keywords' })
  correctAnswers!: boolean;

  @Field(() => Boolean, { description: '解析 — explanations' })
  explanations!: boolean;
}

@ObjectType({ description: '试卷解析 — the graded attempt as the exam’s review policy shows it (trainers: everything); refused before grading' })
export class AttemptReview {
  @Field(() => ReviewShown, { description: '可见内容 — what the review policy shows now; hidden parts are null' })
  shown!: ReviewShown;

  @Field(() => Float, { nullable: true, description: '得分（%） — score; null while hidden' })
  scorePercent!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否及格 — passed; null while hidden' })
  passed!: boolean | null;

  @Field(() => [ReviewItem], { description: '逐题解析 — per question' })
  items!: ReviewItem[];
}

@InputType({ description: '开始考试 — starts an attempt (server-side clock and deadline)' })
export class StartExamAttemptInput {
  @Field(() => ID, { description: '考试 — exam id' })
  @IsUUID()
  examId!: string;
}

@InputType({ description: '作答 — answers (or re-answers) one question before the deadline' })
export class AnswerQuestionInput {
  @Field(() => ID, { description: '作答 — attempt id' })
  @IsUUID()
  attemptId!: string;

  @Field(() => Int, { description: '题号 — position' })
  @Min(1)
  @Max(500)
  position!: number;

  @Field(() => [String], { defaultValue: [], description: '选项标号 — labels chosen (choice types)' })
  @ArrayMaxSize(6)
  selectedLabels!: string[];

  @Field(() => String, { nullable: true, description: '作答内容 — SHORT_ANSWER or CASE_ANALYSIS text, 1–2000 characters' })
  @IsOptional()
  @Length(1, 2000)
  text?: string | null;
}

@InputType({ description: '交卷 — submits an attempt for grading' })
export class SubmitExamAttemptInput {
  @Field(() => ID, { description: '作答 — attempt id' })
  @IsUUID()
  attemptId!: string;
}

@ObjectType({ description: 'Result of startExamAttempt / submitExamAttempt' })
export class ExamAttemptPayload {
  @Field(() => ExamAttempt, { description: 'The attempt' })
  attempt!: ExamAttempt;
}

@ObjectType({ description: 'Result of answerQuestion' })
export class AnswerQuestionPayload {
  @Field(() => AttemptQuestion, { description: 'The question with the stored answer' })
  question!: AttemptQuestion;
}
