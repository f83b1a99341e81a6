import { Field, Float, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Exam } from '../exam/exam.entity';
import { Question } from '../question/question.entity';
import { ItemFlag, TOP_GROUP_MISS_SHARE } from './distractor-analysis';

registerEnumType(ItemFlag, {
  name: 'ItemFlag',
  description: '试题分析提示 — what a trainer should look at in a question',
  valuesConfig: {
    UNCHOSEN_DISTRACTOR: { description: '无效干扰项 — a wrong option nobody chose in the period' },
    MISSED_BY_TOP_GROUP: {
      description: `高分组失分 — fewer than ${TOP_GROUP_MISS_SHARE * 100} % of the upper 27 % answered it fully right (key or wording may be wrong)`,
    },
    NEGATIVE_DISCRIMINATION: { description: '区分度为负 — the lower 27 % answered it better than the upper 27 %' },
  },
});

@ObjectType({ description: '选项分析 — how often one option was chosen' })
export class OptionAnalysisView {
  @Field(() => String, { description: '选项 — original key (A…F; T/F for true/false), as stored, not as shuffled for an examinee' })
  key!: string;

  @Field(() => String, { description: '选项内容 — text' })
  text!: string;

  @Field(() => Boolean, { description: '正确选项 — part of the key' })
  correct!: boolean;

  @Field(() => Int, { description: '选择人次 — responses that chose it' })
  chosenCount!: number;

  @Field(() => Float, { description: '选择率 — chosenCount / responses (0–1, three decimals)' })
  chosenShare!: number;

  @Field(() => Float, { nullable: true, description: '高分组选择率 — share of the upper 27 % of attempts (by total score) that chose it' })
  upperShare!: number | null;

  @Field(() => Float, { nullable: true, description: '低分组选择率 — share of the lower 27 % that chose it' })
  lowerShare!: number | null;

  @Field(() => Boolean, { description: '无人选择 — a wrong option nobody chose' })
  unchosen!: boolean;
}

@ObjectType({ description: '试题干扰项分析 — one question version as drawn in the period' })
export class ItemAnalysisView {
  @Field(() => Question, { description: '试题 — the bank question' })
  question!: Question;

  @Field(() => Int, { description: '版本号 — the version examinees answered' })
  version!: number;

  @Field(() => String, { description: '题干 — stem of that version' })
  stem!: string;

  @Field(() => Int, { description: '作答人次 — graded responses' })
  responses!: number;

  @Field(() => Int, { description: '未作答 — choice responses with no option chosen' })
  omitted!: number;

  @Field(() => Float, { description: '难度 (P) — share fully correct, 0–1' })
  difficulty!: number;

  @Field(() => Float, { nullable: true, description: '区分度 (D) — upper minus lower 27 % share correct; null under 2 attempts' })
  discrimination!: number | null;

  @Field(() => Float, { nullable: true, description: '高分组正确率 — share of the upper 27 % fully right' })
  upperCorrectShare!: number | null;

  @Field(() => [OptionAnalysisView], { description: '选项 — every option in stored order (empty for short answers)' })
  options!: OptionAnalysisView[];

  @Field(() => [ItemFlag], { description: '提示 — flags, empty when nothing stands out' })
  flags!: ItemFlag[];
}

@ObjectType({ description: '干扰项分析报告 — item statistics per option of one exam over a period' })
export class DistractorAnalysisReport {
  @Field(() => Exam, { description: '考试 — exam' })
  exam!: Exam;

  @Field(() => GraphQLISODateTime, { description: '起 — graded attempts submitted at or after' })
  from!: Date;

  @Field(() => GraphQLISODateTime, { description: '止 — … and before' })
  to!: Date;

  @Field(() => Int, { description: '作答份数 — graded attempts in the period' })
  attemptCount!: number;

  @Field(() => [ItemAnalysisView], {
    description:
      '试题 — every question version drawn in the period, flagged first, then by difficulty (hardest first); bounded by the exam’s paper or draw pools',
  })
  items!: ItemAnalysisView[];
}
