import { Entity, Index, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 意见征集 — an opinion a resident left in a community post's box, and its answer. */
@Entity({ tableName: 'opinion_item' })
@Index({ properties: ['postId', 'createdAt', 'id'] })
@ObjectType({ description: "社区意见 — an item of a community post's opinion box (意见征集) and its answer; the submitter is never shown" })
export class OpinionItem extends BaseEntity {
  @Property({ type: 'uuid' })
  postId!: string;

  @Field(() => String, { description: '意见内容 — what the resident wrote' })
  @Property({ type: 'string', length: 500 })
  text!: string;

  /** Subject of a signed-in submitter; null when anonymous. Never exposed. */
  @Property({ type: 'string', length: 80, nullable: true })
  submittedBy?: string | null;

  @Field(() => String, { nullable: true, description: '答复 — the answer; null until answered' })
  @Property({ type: 'string', length: 500, nullable: true })
  answer?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '答复时间 — when it was answered' })
  @Property({ type: 'datetime', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'string', length: 80, nullable: true })
  answeredBy?: string | null;
}
