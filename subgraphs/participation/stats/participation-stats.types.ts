import { Field, Float, GraphQLISODateTime, InputType, Int, ObjectType } from 'type-graphql';

import { ReportStatus } from '../report/report-enums';

@InputType({ description: '统计周期 — a period [from, to) of submission times' })
export class PeriodInput {
  @Field(() => GraphQLISODateTime, { description: 'Start (inclusive)' })
  from!: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'End (exclusive); after `from`, at most 366 days later',
  })
  to!: Date;
}

@ObjectType({ description: '状态分布 — number of original reports in one status' })
export class StatusCount {
  @Field(() => ReportStatus, { description: '处理状态 — status' })
  status!: ReportStatus;

  @Field(() => Int, { description: 'Original reports in this status' })
  count!: number;
}

@ObjectType({
  description: '公众参与统计 — KPIs of citizen reports in a period (originals only; duplicates are linked, not counted)',
})
export class ParticipationStats {
  @Field(() => Int, { description: '上报总数 — original reports submitted in the period' })
  reportCount!: number;

  @Field(() => Int, {
    description: '重复上报 — near-duplicates linked to an original (not in reportCount)',
  })
  duplicateCount!: number;

  @Field(() => [StatusCount], {
    description: '状态分布 — original reports per status (statuses with none omitted)',
  })
  byStatus!: StatusCount[];

  @Field(() => Float, {
    nullable: true,
    description: '平均首次响应时长（小时）— submission → first status change by staff; null when none responded',
  })
  averageFirstResponseHours!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '办结率 — RESOLVED or CLOSED among valid originals (0–1); null when there are none',
  })
  resolutionRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '有效上报率 — valid reports (not REJECTED, not duplicate) among all submissions (0–1)',
  })
  validReportShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '平均满意度 — average rating 1–5 of rated originals',
  })
  averageRating!: number | null;

  @Field(() => Int, { description: '评价数 — rated originals' })
  ratingCount!: number;
}
