import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { CaseTrack } from '../case/case-enums';

@InputType({ description: '统计周期 — a half-open period [from, to)' })
export class StatsPeriodInput {
  @Field(() => GraphQLISODateTime, { description: 'Start (inclusive)' })
  from!: Date;

  @Field(() => GraphQLISODateTime, { description: 'End (exclusive)' })
  to!: Date;
}

@ObjectType({ description: '721 分类占比 — cases of one 721 track in the period' })
export class TrackShare {
  @Field(() => CaseTrack, { description: '721 track' })
  track!: CaseTrack;

  @Field(() => Int, { description: 'Cases that occurred in the period whose first effective decision is in this track' })
  cases!: number;

  @Field(() => Float, { nullable: true, description: 'cases / all tracked cases of the period (0–1); null when none' })
  share!: number | null;
}

@ObjectType({
  description:
    '执法统计 — enforcement statistics of a unit (with its sub-units) or a grid cell for a period. Rates are 0–1 ' +
    'and null when their denominator is 0; each field says what it counts.',
})
export class EnforcementStats {
  @Field(() => GraphQLISODateTime, { description: 'Period start (inclusive)' })
  from!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Period end (exclusive)' })
  to!: Date;

  @Field(() => ID, { nullable: true, description: 'Unit the figures cover (with all units under it)' })
  unitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Grid cell the figures cover' })
  gridCode!: string | null;

  @Field(() => Int, { description: '案件总数 — cases that occurred in the period' })
  totalCases!: number;

  @Field(() => [TrackShare], { description: '721 占比 — SERVICE / MANAGEMENT / ENFORCEMENT shares of the tracked cases' })
  byTrack!: TrackShare[];

  @Field(() => Int, { description: '应结案件 — cases whose deadline falls in the period (no deferral is recorded yet, so none is deducted)' })
  dueInPeriod!: number;

  @Field(() => Int, { description: '按期结案 — of those, closed no later than their deadline' })
  closedOnTime!: number;

  @Field(() => Float, { nullable: true, description: '按期结案率 — closedOnTime / dueInPeriod' })
  onTimeClosureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '返工率 — cases closed in the period that went through REWORK at least once / cases closed in the period',
  })
  reworkRate!: number | null;

  @Field(() => Float, { nullable: true, description: '平均办理时长（小时） — mean hours from filing to closure, cases closed in the period' })
  averageHandlingHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '重复违法率 — cases of the period whose party had a case of the same violation type in the 12 months before / all cases of the period',
  })
  repeatViolationRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '执法记录仪覆盖率 — ENFORCEMENT-track cases of the period with at least one RECORDING evidence / ENFORCEMENT-track cases of the period',
  })
  recordingCoverage!: number | null;

  @Field(() => Float, { nullable: true, description: '回访率 — cases closed in the period with a follow-up visit / cases closed in the period' })
  followUpRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '吹哨响应达标率 — whistles (吹哨报到) of the covered cases whose response deadline falls in the period and that were answered by it / all such whistles',
  })
  whistleSlaCompliance!: number | null;
}
