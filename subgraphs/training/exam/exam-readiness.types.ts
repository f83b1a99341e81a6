import { Field, Int, ObjectType } from 'type-graphql';

import { Difficulty } from '../question/question-enums';

@ObjectType({ description: '抽题缺口 — a draw rule the question bank cannot fill now' })
export class DrawShortfall {
  @Field(() => String, { description: '知识点 — topic' })
  topic!: string;

  @Field(() => Difficulty, { description: '难度 — difficulty' })
  difficulty!: Difficulty;

  @Field(() => Int, { description: '需要 — questions the rule draws' })
  needed!: number;

  @Field(() => Int, { description: '可用 — drawable questions (not flagged for review)' })
  available!: number;

  @Field(() => Int, { description: '复核中 — questions of this topic and difficulty held back because their cited law changed' })
  underReview!: number;
}

@ObjectType({ description: '组卷就绪情况 — whether officers can start this exam now, and if not why (trainers)' })
export class ExamReadiness {
  @Field(() => Boolean, { description: '可开考 — every start can draw a full paper' })
  ready!: boolean;

  @Field(() => [DrawShortfall], { description: '缺口 — RANDOM rules the bank cannot fill (empty when ready)' })
  shortfalls!: DrawShortfall[];

  @Field(() => Int, { description: '待复核题数 — questions of this exam’s paper or draw pools flagged because their cited law changed' })
  questionsUnderReview!: number;

  @Field(() => String, { nullable: true, description: '提示 — what an officer starting the exam is told; null when ready' })
  message!: string | null;
}
