import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

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

  @Field(() => GraphQLISODateTime, { nullable: true, description: '转立案时间 — when the concern was handed to enforcement as a case; null when not' })
  @Property({ type: 'datetime', nullable: true })
  escalatedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '违法行为编码 — the violation type the case is opened for (enforcement catalogue code)' })
  @Property({ type: 'string', length: 20, nullable: true })
  violationTypeCode?: string | null;

  /** Enforcement's Case id once it opened the case (outbox reply); see VisitConcern.case. */
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Field(() => String, { nullable: true, description: '案件编号 — the case number enforcement gave, e.g. ZF-2026-000123; null until the case is opened' })
  @Property({ type: 'string', length: 20, nullable: true })
  caseNumber?: string | null;

  @Field(() => String, { nullable: true, description: '未立案原因 — why enforcement did not open a case (e.g. an unknown violation type); null otherwise' })
  @Property({ type: 'string', length: 300, nullable: true })
  escalationRefusal?: string | null;
}
