import { IsUUID } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';

import { ExamAttempt } from '../attempt/exam-attempt.entity';

@InputType({ description: '人工评分 — a trainer grades one case-analysis answer of an attempt awaiting grading' })
export class GradeCaseAnswerInput {
  @Field(() => ID, { description: '作答 — attempt id (caseAnalysisGradingQueue)' })
  @IsUUID()
  attemptId!: string;

  @Field(() => Int, { description: '题号 — position of the CASE_ANALYSIS question in the paper' })
  position!: number;

  @Field(() => Float, { description: '得分 — 0…1 in steps of 0.01: the share of the rubric the answer meets' })
  score!: number;

  @Field(() => String, { nullable: true, description: '评语 — comment for the examinee, at most 500 characters (shown with the per-question score)' })
  comment?: string | null;
}

@ObjectType({ description: 'Result of gradeCaseAnswer' })
export class GradeCaseAnswerPayload {
  @Field(() => ExamAttempt, { description: 'The attempt: GRADED once its last case-analysis answer is graded, else still AWAITING_GRADING' })
  attempt!: ExamAttempt;

  @Field(() => Int, { description: '待评题数 — case-analysis answers of this attempt still to grade' })
  remaining!: number;
}
