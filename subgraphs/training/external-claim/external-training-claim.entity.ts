import { Entity, Enum, Index, OptionalProps, Property } from '@mikro-orm/core';
import { Field, Float, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { CourseCategory } from '../course/course-category.enum';
import { ClaimStatus } from './claim-enums';

/** 外部培训申报 — an officer's claim for training taken elsewhere (e.g. a provincial course), with evidence. */
@Entity({ tableName: 'external_training_claim' })
@ObjectType({ description: '外部培训申报 — an officer’s claim for external training hours, reviewed by a trainer' })
@Index({ properties: ['status', 'createdAt'] })
export class ExternalTrainingClaim extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Index()
  @Property({ type: 'uuid' })
  officerId!: string;

  @Field(() => String, { description: '培训名称 — title of the training' })
  @Property({ type: 'string', length: 120 })
  title!: string;

  @Field(() => String, { description: '举办单位 — provider' })
  @Property({ type: 'string', length: 120 })
  provider!: string;

  @Field(() => String, { description: '完成日期 — YYYY-MM-DD; its year is the ledger year' })
  @Property({ type: 'date' })
  completedOn!: string;

  @Field(() => Float, { description: '申报学时 — hours claimed' })
  @Property({ type: 'decimal', precision: 5, scale: 1, runtimeType: 'number' })
  hours!: number;

  @Field(() => CourseCategory, { description: '类别 — category' })
  @Enum({ items: () => CourseCategory, nativeEnumName: 'course_category' })
  category!: CourseCategory;

  @Field(() => String, { description: '证明材料 — evidence URI (certificate scan, uploaded beforehand)' })
  @Property({ type: 'string', length: 300 })
  evidenceUri!: string;

  @Field(() => ClaimStatus, { description: '状态 — status' })
  @Enum({ items: () => ClaimStatus, nativeEnumName: 'claim_status' })
  status: ClaimStatus = ClaimStatus.PENDING;

  @Field(() => String, { nullable: true, description: '审核人 — trainer subject' })
  @Property({ type: 'string', length: 80, nullable: true })
  reviewedBy: string | null = null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '审核时间 — when reviewed' })
  @Property({ type: 'datetime', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '审核意见 — reviewer note (required when rejecting)' })
  @Property({ type: 'string', length: 200, nullable: true })
  reviewNote: string | null = null;
}
