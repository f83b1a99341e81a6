import { IsInt, Length, Max, Min } from 'class-validator';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { GridCell } from '../grid-cell/grid-cell.stub';
import { StreetRatingRound, StreetScore } from './street-rating.entities';

@InputType({ description: '发起街路评比 — open a street rating round' })
export class CreateStreetRatingRoundInput {
  @Field(() => String, { description: '名称 — 2–100 characters' })
  @Length(2, 100)
  title!: string;

  @Field(() => GraphQLISODateTime, { description: '开始 — scores accepted from' })
  opensAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '截止 — scores accepted until (after opensAt)' })
  closesAt!: Date;
}

@InputType({
  description: '街路评分 — scores 0–100 for one street; staff score as inspectors, citizens as the public',
})
export class ScoreStreetInput {
  @Field(() => ID, { description: 'Round id' })
  roundId!: string;

  @Field(() => ID, { description: "网格编码 — the street's grid cell" })
  @Length(2, 20)
  gridCode!: string;

  @Field(() => Int, { description: '环境卫生 — sanitation 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  sanitation!: number;

  @Field(() => Int, { description: '市容秩序 — order 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  order!: number;

  @Field(() => Int, { description: '园林绿化 — greening 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  greening!: number;

  @Field(() => Int, { description: '设施完好 — facilities 0–100' })
  @IsInt()
  @Min(0)
  @Max(100)
  facilities!: number;
}

@ObjectType({ description: 'Result of createStreetRatingRound' })
export class StreetRatingRoundPayload {
  @Field(() => StreetRatingRound, { description: 'The round' })
  round!: StreetRatingRound;
}

@ObjectType({ description: 'Result of scoreStreet' })
export class StreetScorePayload {
  @Field(() => StreetScore, { description: 'The stored score' })
  score!: StreetScore;
}

@ObjectType({ description: "评比结果 — one street's result in a round" })
export class StreetRatingResult {
  @Field(() => Int, { description: '名次 — rank by total' })
  rank!: number;

  @Field(() => GridCell, { description: "网格 — the street's grid cell" })
  grid!: GridCell;

  @Field(() => Float, {
    nullable: true,
    description: "考评组均分 — inspectors' average (mean of the 4 dimensions)",
  })
  inspectorScore!: number | null;

  @Field(() => Float, { nullable: true, description: '市民评议均分 — public average' })
  publicScore!: number | null;

  @Field(() => Int, { description: '市民评议人数 — public scorers' })
  publicVotes!: number;

  @Field(() => Float, { description: '综合得分 — 70 % inspectors + 30 % public' })
  total!: number;
}
