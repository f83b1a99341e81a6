import { Entity, Index, OneToOne, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Case } from '../case/case.entity';

@Entity({ tableName: 'follow_up' })
@ObjectType({ description: '回访 — follow-up visit after a case is closed (due within 3 days)' })
export class FollowUp extends BaseEntity {
  @Index()
  @OneToOne({ entity: () => Case, ref: true, owner: true, unique: true })
  case!: Ref<Case>;

  @Field(() => GraphQLISODateTime, { description: '回访时间 — when the party was visited or called' })
  @Property({ type: 'datetime' })
  visitedAt!: Date;

  @Field(() => Int, { description: '满意度 — satisfaction 1 (very unsatisfied) … 5 (very satisfied)' })
  @Property({ type: 'smallint' })
  satisfaction!: number;

  @Field(() => String, { nullable: true, description: '回访意见 — comments' })
  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => Boolean, { description: '按时回访 — within 3 days of closure' })
  @Property({ type: 'boolean' })
  onTime!: boolean;

  @Field(() => String, { description: '回访人 — subject of whoever recorded it' })
  @Property({ type: 'string', length: 64 })
  visitedBy!: string;
}
