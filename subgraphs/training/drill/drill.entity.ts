import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import type { DrillStepDef } from './drill-graph';

/** 情景模拟 — a branching field scenario; its step graph (JSON) is validated on save. */
@Entity({ tableName: 'drill' })
@ObjectType({ description: '情景模拟 — a branching field scenario (the scored graph is never exposed to trainees)' })
export class Drill extends BaseEntity {
  @Field(() => String, { description: '编号 — code' })
  @Unique()
  @Property({ type: 'string', length: 30 })
  code!: string;

  @Field(() => String, { description: '名称 — title' })
  @Property({ type: 'string', length: 120 })
  title!: string;

  @Field(() => String, { description: '情景简介 — summary' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => ID, { nullable: true, description: '来源案例 — enforcement Case id it was built from' })
  @Property({ type: 'uuid', nullable: true })
  sourceCaseId: string | null = null;

  @Property({ type: 'string', length: 30 })
  startStepKey!: string;

  @Property({ type: 'json' })
  steps!: DrillStepDef[];
}
