import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { ConcernResolution, ConcernTopic } from './merchant-visit-enums';

/** 诉求 — one concern a merchant raised during a visit, and how it was handled. */
@Entity({ tableName: 'visit_concern' })
@ObjectType({ description: '走访诉求 — a concern raised during a visit and how it was handled' })
export class VisitConcern extends BaseEntity {
  @Index()
  @Property({ type: 'uuid' })
  visitId!: string;

  @Field(() => ConcernTopic, { description: '类别 — topic' })
  @Enum({ items: () => ConcernTopic, nativeEnumName: 'concern_topic' })
  topic!: ConcernTopic;

  @Field(() => String, { description: '诉求内容 — what the merchant asked for' })
  @Property({ type: 'string', length: 500 })
  description!: string;

  @Field(() => ConcernResolution, { description: '处理方式 — solved on the spot or handed on as a management task' })
  @Enum({ items: () => ConcernResolution, nativeEnumName: 'concern_resolution' })
  resolution!: ConcernResolution;

  @Field(() => String, { description: '处理说明 — how it was solved, or who follows it up' })
  @Property({ type: 'string', length: 500 })
  resolutionNote!: string;
}
