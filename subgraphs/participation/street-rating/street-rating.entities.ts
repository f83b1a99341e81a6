import { Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { RatingRoundStatus, ScoreSource } from './street-rating-enums';

/** 街路评比 — one periodic round scoring streets (grid cells). */
@Entity({ tableName: 'street_rating_round' })
@Index({ properties: ['opensAt', 'id'] })
@ObjectType({
  description: '街路评比 — a periodic round scoring streets on sanitation, order, greening, facilities',
})
export class StreetRatingRound extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Field(() => String, { description: '名称 — title, e.g. 2026年11月街路评比' })
  @Property({ type: 'string', length: 100 })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: '开始 — scores accepted from' })
  @Property({ type: 'datetime' })
  opensAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '截止 — scores accepted until' })
  @Property({ type: 'datetime' })
  closesAt!: Date;

  @Field(() => RatingRoundStatus, { description: '状态 — open or closed' })
  @Enum({ items: () => RatingRoundStatus, nativeEnumName: 'rating_round_status' })
  status: RatingRoundStatus = RatingRoundStatus.OPEN;
}

/** One scorer's scores (0–100 per dimension) for one grid cell in one round. */
@Entity({ tableName: 'street_score' })
@Unique({ properties: ['roundId', 'gridCode', 'scorerSubject'] })
@Index({ properties: ['roundId', 'gridCode'] })
@ObjectType({ description: "街路评分 — one scorer's scores for one street in a round" })
export class StreetScore extends BaseEntity {
  @Field(() => ID, { description: 'Round id' })
  @Property({ type: 'uuid' })
  roundId!: string;

  @Field(() => String, { description: "网格编码 — the street's grid cell" })
  @Property({ type: 'string', length: 20 })
  gridCode!: string;

  @Field(() => ScoreSource, { description: '来源 — inspector or public' })
  @Enum({ items: () => ScoreSource, nativeEnumName: 'score_source' })
  source!: ScoreSource;

  /** Who scored (one score per scorer, street and round); never exposed. */
  @Property({ type: 'string', length: 64 })
  scorerSubject!: string;

  @Field(() => Int, { description: '环境卫生 — sanitation 0–100' })
  @Property({ type: 'smallint' })
  sanitation!: number;

  @Field(() => Int, { description: '市容秩序 — order 0–100' })
  @Property({ type: 'smallint' })
  orderScore!: number;

  @Field(() => Int, { description: '园林绿化 — greening 0–100' })
  @Property({ type: 'smallint' })
  greening!: number;

  @Field(() => Int, { description: '设施完好 — facilities 0–100' })
  @Property({ type: 'smallint' })
  facilities!: number;
}
