import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/**
 * 执法制度阈值 — one version of the thresholds of the three enforcement systems (see thresholds-rules.ts). Never edited:
 * an ADMIN adopts a new version; each decision is judged by the version in force when it was made.
 */
@Entity({ tableName: 'enforcement_thresholds' })
@Unique({ properties: ['version'] })
@Index({ properties: ['effectiveFrom'] })
@ObjectType({
  description: '执法制度阈值 — a version of the thresholds of legal review and disclosure (国办发〔2018〕118号; 《行政处罚法》第四十八、五十八、六十三条)',
})
export class EnforcementThresholds extends BaseEntity {
  @Field(() => Int, { description: '版本 — 1, 2, …; 0 means the statutory defaults (no version adopted yet)' })
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => GraphQLISODateTime, { description: '施行时间 — in force for decisions made from this moment' })
  @Property({ type: 'datetime' })
  effectiveFrom!: Date;

  @Field(() => Int, { description: '较大数额罚款（自然人，元） — a fine at or above it gets a hearing notice and needs legal review' })
  @Property({ type: 'integer' })
  largeFinePersonYuan!: number;

  @Field(() => Int, { description: '较大数额罚款（法人或其他组织，元） — the same for an organisation' })
  @Property({ type: 'integer' })
  largeFineOrganisationYuan!: number;

  @Field(() => Int, { description: '没收审核起点（元） — a confiscation valued at or above it needs legal review (0: every confiscation)' })
  @Property({ type: 'integer' })
  confiscationReviewFromYuan!: number;

  @Field(() => Int, { description: '公示期限（工作日） — a penalty decision is published within this many working days (at most 7)' })
  @Property({ type: 'integer' })
  publicationWorkingDays!: number;

  @Field(() => Int, { description: '撤回期限（工作日） — a changed, revoked or unlawful decision is withdrawn within this many working days (at most 3)' })
  @Property({ type: 'integer' })
  withdrawalWorkingDays!: number;

  @Field(() => Int, { description: '公示前审查（小时） — hours a decision waits before publication so the unit can hold it back (0–24)' })
  @Property({ type: 'integer' })
  disclosureReviewHours!: number;

  @Field(() => String, { description: '制定依据 — document that adopted this version, e.g. 兰综执〔2026〕5号' })
  @Property({ type: 'string', length: 200 })
  adoptedBy!: string;

  /** Subject of the ADMIN who adopted it. */
  @Property({ type: 'string', length: 64 })
  setBy!: string;
}
