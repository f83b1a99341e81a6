import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Drill } from './drill.entity';
import { DrillRun } from './drill-run.entity';

const KEY = /^[a-z0-9-]{1,30}$/;

@InputType({ description: '选项 — a choice, its next step, scores (0–10 per dimension), critical flag and debrief' })
export class DrillChoiceInput {
  @Field(() => String, { description: '选项键 — a-z, 0-9, dash' })
  @Matches(KEY)
  key!: string;

  @Field(() => String, { description: '选项内容 — 2–300 characters' })
  @Length(2, 300)
  text!: string;

  @Field(() => String, { description: '下一步 — step key' })
  @Matches(KEY)
  next!: string;

  @Field(() => Int, { description: '合法性 — legality 0–10' }) @Min(0) @Max(10) legality!: number;
  @Field(() => Int, { description: '沟通 — communication 0–10' }) @Min(0) @Max(10) communication!: number;
  @Field(() => Int, { description: '降温 — de-escalation 0–10' }) @Min(0) @Max(10) deEscalation!: number;
  @Field(() => Int, { description: '服务 — service 0–10' }) @Min(0) @Max(10) service!: number;

  @Field(() => Boolean, { defaultValue: false, description: '严重失误 — ends the run as a critical failure' })
  critical!: boolean;

  @Field(() => String, { description: '讲评 — debrief, 2–300 characters' })
  @Length(2, 300)
  feedback!: string;
}

@InputType({ description: '步骤 — a situation; no choices makes it an ending' })
export class DrillStepInput {
  @Field(() => String, { description: '步骤键 — a-z, 0-9, dash' })
  @Matches(KEY)
  key!: string;

  @Field(() => String, { description: '情景描述 — 2–1000 characters' })
  @Length(2, 1000)
  narrative!: string;

  @Field(() => [DrillChoiceInput], { defaultValue: [], description: '选项 — up to 6' })
  @ArrayMaxSize(6)
  @ValidateNested({ each: true })
  choices!: DrillChoiceInput[];
}

@InputType({ description: '新建情景模拟 — the graph is validated (reachability, endings, no cycle without exit)' })
export class CreateDrillInput {
  @Field(() => String, { description: '编号 — e.g. DRL-004' }) @Matches(/^[A-Z0-9-]{3,30}$/) code!: string;
  @Field(() => String, { description: '名称 — 2–120 characters' }) @Length(2, 120) title!: string;
  @Field(() => String, { description: '简介 — 2–1000 characters' }) @Length(2, 1000) summary!: string;

  @Field(() => ID, {
    nullable: true,
    description: '来源案例 — id of an enforcement case a review marked typical (典型案例); any other id answers BAD_USER_INPUT on input.sourceCaseId',
  })
  @IsOptional()
  @IsUUID()
  sourceCaseId?: string | null;

  @Field(() => String, { description: '起始步骤 — step key' }) @Matches(KEY) startStepKey!: string;

  @Field(() => [DrillStepInput], { description: '步骤 — 2–50 steps' })
  @ArrayMinSize(2)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  steps!: DrillStepInput[];
}

@ObjectType({ description: '演练选项 — a choice as the trainee sees it (no scores, no debrief)' })
export class DrillChoiceView {
  @Field(() => String, { description: '选项键 — key' }) key!: string;
  @Field(() => String, { description: '选项内容 — text' }) text!: string;
}

@ObjectType({ description: '当前情景 — the step as the trainee sees it' })
export class DrillStepView {
  @Field(() => String, { description: '步骤键 — key' }) key!: string;
  @Field(() => String, { description: '情景描述 — narrative' }) narrative!: string;
  @Field(() => [DrillChoiceView], { description: '选项 — choices (empty at an ending)' }) choices!: DrillChoiceView[];
}

@ObjectType({ description: '讲评 — one decision of the run with its scores and debrief' })
export class DrillDecision {
  @Field(() => String, { description: '情景 — step narrative' }) narrative!: string;
  @Field(() => String, { description: '所选 — choice text' }) choice!: string;
  @Field(() => Int, { description: '合法性 — legality' }) legality!: number;
  @Field(() => Int, { description: '沟通 — communication' }) communication!: number;
  @Field(() => Int, { description: '降温 — de-escalation' }) deEscalation!: number;
  @Field(() => Int, { description: '服务 — service' }) service!: number;
  @Field(() => Boolean, { description: '严重失误 — critical' }) critical!: boolean;
  @Field(() => String, { description: '讲评 — debrief' }) feedback!: string;
}

@ObjectType({ description: '演练结果 — scores per dimension (sums along the path) and debrief; only after the run ends' })
export class DrillResult {
  @Field(() => Int, { description: '合法性 — legality' }) legality!: number;
  @Field(() => Int, { description: '沟通 — communication' }) communication!: number;
  @Field(() => Int, { description: '降温 — de-escalation' }) deEscalation!: number;
  @Field(() => Int, { description: '服务 — service' }) service!: number;
  @Field(() => Boolean, { description: '严重失误 — ended by a critical failure' }) criticalFailure!: boolean;
  @Field(() => [DrillDecision], { description: '逐步讲评 — per decision' }) decisions!: DrillDecision[];
  @Field(() => [String], { description: '最佳路径 — the highest-scoring choices from the start to an ending, avoiding critical failures' }) bestPath!: string[];
}

@InputType({ description: '开始演练 — starts a run' })
export class StartDrillRunInput {
  @Field(() => ID, { description: '情景模拟 — drill id' }) @IsUUID() drillId!: string;
}

@InputType({ description: '作出选择 — picks a choice at the current step' })
export class ChooseDrillOptionInput {
  @Field(() => ID, { description: '演练 — run id' }) @IsUUID() runId!: string;
  @Field(() => String, { description: '选项键 — choice key of the current step' }) @Matches(KEY) choiceKey!: string;
}

@ObjectType({ description: 'Result of createDrill' })
export class DrillPayload {
  @Field(() => Drill, { description: 'The drill' }) drill!: Drill;
}

@ObjectType({ description: 'Result of startDrillRun / chooseDrillOption' })
export class DrillRunPayload {
  @Field(() => DrillRun, { description: 'The run' }) run!: DrillRun;
}
