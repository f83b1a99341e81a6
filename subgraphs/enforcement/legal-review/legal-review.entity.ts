import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Case } from '../case/case.entity';
import { DiscretionGrade } from '../discretion/discretion-grade.enum';
import { DispositionKind } from '../disposition/disposition-enums';
import { PenaltyMeasure } from '../disposition/penalty-measure';
import { LegalReviewStatus, MajorDecisionGround } from './legal-review-enums';

/** 重大执法决定法制审核 — the legal review of one proposed decision on a case. */
@Entity({ tableName: 'legal_review' })
@Index({ properties: ['status', 'requestedAt', 'id'] })
@ObjectType({ description: '法制审核 — legal review of a proposed major enforcement decision by the 法制科 (《行政处罚法》第五十八条)' })
export class LegalReview extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Case, ref: true })
  case!: Ref<Case>;

  @Field(() => String, { description: '案件编号 — number of the case (the reviewer reads the file through this number)' })
  @Property({ type: 'string', length: 20 })
  caseNumber!: string;

  @Field(() => String, { description: '违法行为类型 — violation type code of the case' })
  @Property({ type: 'string', length: 16 })
  violationTypeCode!: string;

  @Field(() => LegalReviewStatus, { description: '状态 — PENDING, APPROVED or RETURNED' })
  @Enum({ items: () => LegalReviewStatus, nativeEnumName: 'legal_review_status' })
  status!: LegalReviewStatus;

  @Field(() => DispositionKind, { description: '拟处理决定 — proposed kind (PENALTY or LABOR_IN_LIEU)' })
  @Enum({ items: () => DispositionKind, nativeEnumName: 'disposition_kind' })
  kind!: DispositionKind;

  @Field(() => Int, { description: '拟罚款（元） — proposed fine in yuan' })
  @Property({ type: 'integer' })
  fineYuan!: number;

  @Field(() => [PenaltyMeasure], { description: '拟并处 — proposed measures added to the penalty (confiscation, licence suspension or revocation, closure)' })
  @Property({ type: 'json' })
  measures: Opt<PenaltyMeasure[]> = [];

  @Field(() => Int, { nullable: true, description: '拟没收金额（元） — value of what would be confiscated' })
  @Property({ type: 'integer', nullable: true })
  confiscatedValueYuan?: number | null;

  @Field(() => DiscretionGrade, { nullable: true, description: '裁量阶次 — proposed discretion grade (PENALTY)' })
  @Enum({ items: () => DiscretionGrade, nativeEnumName: 'discretion_grade', nullable: true })
  grade?: DiscretionGrade | null;

  @Field(() => Boolean, { description: "在阶次内 — the proposed fine lies inside its grade's band" })
  @Property({ type: 'boolean' })
  withinGrade!: boolean;

  @Field(() => [MajorDecisionGround], { description: '重大情形 — why the decision is major (may be empty for a voluntary review)' })
  @Property({ type: 'json' })
  grounds!: MajorDecisionGround[];

  @Field(() => String, { description: '案情及拟处理意见 — summary of facts and the proposal, by the handling officer' })
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => String, { description: '送审人 — subject of the officer who asked for review' })
  @Property({ type: 'string', length: 64 })
  requestedBy!: string;

  @Field(() => GraphQLISODateTime, { description: '送审时间 — when review was asked' })
  @Property({ type: 'datetime' })
  requestedAt!: Date;

  @Field(() => String, { nullable: true, description: '审核人 — subject of the legal reviewer, once decided' })
  @Property({ type: 'string', length: 64, nullable: true })
  reviewedBy?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '审核时间 — when decided' })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt?: Date | null;

  @Field(() => String, { nullable: true, description: "审核意见 — the reviewer's written opinions" })
  @Property({ type: 'text', nullable: true })
  opinion?: string | null;

  /** The disposition recorded under this approval (an approval is used once). */
  @Property({ type: 'uuid', nullable: true })
  dispositionId?: string | null;
}
