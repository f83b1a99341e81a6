import { Entity, OneToOne, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Case } from '../case/case.entity';

@Entity({ tableName: 'case_review' })
@ObjectType({ description: '一案一评 — post-closure review of a case' })
export class CaseReview extends BaseEntity {
  @OneToOne({ entity: () => Case, ref: true, owner: true, unique: true })
  case!: Ref<Case>;

  @Field(() => Int, { description: '评分 — quality score 0–100 (procedure, evidence, flexibility, outcome)' })
  @Property({ type: 'smallint' })
  score!: number;

  @Field(() => String, { description: '评议 — summary of the review' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => Boolean, { description: '典型案例 — selected as a typical case' })
  @Property({ type: 'boolean' })
  isTypicalCase!: boolean;

  @Field(() => String, { description: '评议人 — subject of the reviewing supervisor' })
  @Property({ type: 'string', length: 64 })
  reviewedBy!: string;

  @Field(() => GraphQLISODateTime, { description: '评议时间 — when' })
  @Property({ type: 'datetime' })
  reviewedAt: Opt<Date> = new Date();
}
