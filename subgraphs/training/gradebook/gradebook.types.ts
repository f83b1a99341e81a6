import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { AttemptStatus } from '../attempt/attempt-enums';
import { Officer } from '../officer/officer.stub';
import { Unit } from '../unit/unit.stub';

@ObjectType({ description: '成绩册作答 — one attempt in a gradebook row (trainers see every score)' })
export class GradebookAttempt {
  @Field(() => Int, { description: '第几次 — attempt number' })
  attemptNo!: number;

  @Field(() => AttemptStatus, { description: '状态 — status' })
  status!: AttemptStatus;

  @Field(() => Float, { nullable: true, description: '得分（%） — null while in progress' })
  scorePercent!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否及格 — null while in progress' })
  passed!: boolean | null;

  @Field(() => GraphQLISODateTime, { description: '开始时间 — started' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '交卷时间 — submitted (the deadline when it expired)' })
  submittedAt!: Date | null;

  @Field(() => Boolean, { description: '超时自动交卷 — graded at the deadline' })
  expired!: boolean;
}

@ObjectType({ description: '成绩册行 — one officer’s attempts, scores and pass state in one exam' })
export class GradebookRow {
  @Field(() => Officer, { description: '队员 — officer' })
  officer!: Officer;

  @Field(() => Unit, { nullable: true, description: '单位 — the officer’s unit from the training profile (null without a profile)' })
  unit!: Unit | null;

  @Field(() => Int, { description: '已用次数 — attempts started' })
  attemptsUsed!: number;

  @Field(() => Int, { description: '允许次数 — maxAttempts plus a trainer’s extra attempts' })
  attemptsAllowed!: number;

  @Field(() => Int, { description: '已评分次数 — graded attempts' })
  gradedAttempts!: number;

  @Field(() => Boolean, { description: '作答中 — an attempt is in progress' })
  inProgress!: boolean;

  @Field(() => Float, { nullable: true, description: '最高分（%） — best graded score; null before any grading' })
  bestScorePercent!: number | null;

  @Field(() => Float, { nullable: true, description: '最后得分（%） — latest graded score' })
  lastScorePercent!: number | null;

  @Field(() => Float, { nullable: true, description: '计分成绩（%） — the score that counts under the exam’s countingPolicy' })
  countedScorePercent!: number | null;

  @Field(() => Boolean, { nullable: true, description: '是否及格 — the counted attempt passed; null before any grading' })
  passed!: boolean | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '最后交卷 — latest submission' })
  lastSubmittedAt!: Date | null;

  @Field(() => [GradebookAttempt], { description: '作答明细 — every attempt by number (at most maxAttempts + 5)' })
  attempts!: GradebookAttempt[];
}

@ObjectType({ description: '成绩册 — a page of officers with their attempts of one exam, by officer id' })
export class GradebookConnection extends Connection(GradebookRow, '成绩册') {}
