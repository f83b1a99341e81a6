import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Difficulty } from '../question/question-enums';
import { CountingPolicy, ExamKind, PaperMode } from './exam-enums';
import { ReviewPolicy } from './review-policy.types';

/** 抽题规则 — draw `count` questions of this topic and difficulty. */
@ObjectType({ description: '抽题规则 — topic × difficulty × count' })
export class DrawRule {
  @Field(() => String, { description: '知识点 — topic' })
  topic!: string;

  @Field(() => Difficulty, { description: '难度 — difficulty' })
  difficulty!: Difficulty;

  @Field(() => Int, { description: '题数 — number of questions' })
  count!: number;
}

@Entity({ tableName: 'exam' })
@ObjectType({ description: '考试 — an exam: paper rules, time limit, pass mark, attempts, availability window' })
export class Exam extends BaseEntity {
  @Field(() => String, { description: '考试编号 — code' })
  @Unique()
  @Property({ type: 'string', length: 30 })
  code!: string;

  @Field(() => String, { description: '名称 — title' })
  @Property({ type: 'string', length: 120 })
  title!: string;

  @Field(() => ExamKind, { description: '类型 — kind' })
  @Enum({ items: () => ExamKind, nativeEnumName: 'exam_kind' })
  kind!: ExamKind;

  @Field(() => PaperMode, { description: '组卷方式 — paper mode' })
  @Enum({ items: () => PaperMode, nativeEnumName: 'paper_mode' })
  mode!: PaperMode;

  /** FIXED: question ids in paper order. */
  @Property({ type: 'text[]', defaultRaw: `'{}'` })
  questionIds: Opt<string[]> = [];

  @Field(() => [DrawRule], { description: '抽题规则 — RANDOM mode rules (empty for FIXED)' })
  @Property({ type: 'json' })
  rules: Opt<DrawRule[]> = [];

  @Field(() => Int, { description: '时限（分钟） — time limit, enforced by the server' })
  @Property({ type: 'smallint' })
  timeLimitMinutes!: number;

  @Field(() => Int, { description: '及格线（%） — pass mark in percent' })
  @Property({ type: 'smallint' })
  passMarkPercent!: number;

  @Field(() => Int, { description: '最多作答次数 — max attempts per officer' })
  @Property({ type: 'smallint' })
  maxAttempts!: number;

  @Field(() => CountingPolicy, { description: '计分规则 — which attempt counts' })
  @Enum({ items: () => CountingPolicy, nativeEnumName: 'counting_policy' })
  countingPolicy!: CountingPolicy;

  @Field(() => GraphQLISODateTime, { description: '开放时间 — available from' })
  @Property({ type: 'datetime' })
  availableFrom!: Date;

  @Field(() => GraphQLISODateTime, { description: '截止时间 — available until (no new attempt after; deadlines are capped)' })
  @Property({ type: 'datetime' })
  availableUntil!: Date;

  @Field(() => ReviewPolicy, { description: '解析公布规则 — what an examinee sees of a graded attempt and when' })
  @Property({ type: 'json' })
  reviewPolicy!: ReviewPolicy;

  @Field(() => Boolean, { description: '已发布 — published' })
  @Property({ type: 'boolean' })
  published: Opt<boolean> = false;
}
