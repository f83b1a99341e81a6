import { IsUUID } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { ExamAttempt } from '../attempt/exam-attempt.entity';

@InputType({ description: '整卷重新评分 — regrade every submitted attempt of an exam against the current version of every question fixed since it was graded' })
export class RegradeExamInput {
  @Field(() => ID, { description: '考试 — exam id' })
  @IsUUID()
  examId!: string;

  @Field(() => String, { description: '原因 — why (kept in each attempt’s scoreHistory), 1–200 characters' })
  reason!: string;
}

@InputType({ description: '重新评分 — regrade an exam’s submitted attempts after a question of it was fixed with reviseQuestion' })
export class RegradeExamAttemptsInput extends RegradeExamInput {
  @Field(() => ID, { description: '试题 — the revised question; attempts graded against an older version of it are regraded against the current one' })
  @IsUUID()
  questionId!: string;
}

@ObjectType({ description: 'Result of regradeExamAttempts and regradeExam' })
export class RegradeExamAttemptsPayload {
  @Field(() => [ExamAttempt], {
    description: '本次重评的作答 — the attempts regraded now (empty when none was graded against an older version: regrading twice changes nothing)',
  })
  attempts!: ExamAttempt[];

  @Field(() => Int, { description: '得分变化数 — how many of them changed score' })
  scoreChanged!: number;

  @Field(() => [ID], { description: '重评试题 — the fixed questions whose answers were regraded now, by id (empty when nothing was stale)' })
  questionIds!: string[];
}
