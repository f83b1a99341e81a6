import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { SurveySubject } from './survey-enums';

@Entity({ tableName: 'satisfaction_survey' })
@Unique({ properties: ['subject', 'targetId'] })
@ObjectType({ description: '满意度调查 — one satisfaction survey about a resolved report or a closed case (one per target)' })
export class SatisfactionSurvey extends BaseEntity {
  @Field(() => SurveySubject, { description: '调查对象 — what the survey is about' })
  @Enum({ items: () => SurveySubject, nativeEnumName: 'survey_subject' })
  subject!: SurveySubject;

  /** Report id (REPORT) or enforcement Case id (CASE_FOLLOW_UP). */
  @Field(() => ID, { description: 'Report id (REPORT) or enforcement case id (CASE_FOLLOW_UP)' })
  @Property({ type: 'uuid' })
  targetId!: string;

  @Field(() => Int, { description: '办理速度 — speed, 1–5' })
  @Property({ type: 'smallint' })
  speed!: number;

  @Field(() => Int, { description: '服务态度 — attitude of the staff, 1–5' })
  @Property({ type: 'smallint' })
  attitude!: number;

  @Field(() => Int, { description: '处理结果 — outcome, 1–5' })
  @Property({ type: 'smallint' })
  outcome!: number;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  @Field(() => GraphQLISODateTime, { description: '提交时间 — when it was answered' })
  @Index()
  @Property({ type: 'datetime' })
  answeredAt!: Date;
}
