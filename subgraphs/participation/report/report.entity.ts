import { Entity, Enum, Index, OptionalProps, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Directive, Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { ReportCategory, ReportStatus } from './report-enums';

@Entity({ tableName: 'report' })
@Index({ properties: ['submittedAt', 'id'] })
@Index({ properties: ['category', 'submittedAt'] })
@Index({ properties: ['gridCode', 'submittedAt'] }) // covering (participationStats), see Migration20261202060100_report_stats_indexes
@ObjectType({ description: '市民随手拍 — a citizen report of a city-management problem' })
@Directive('@key(fields: "id")')
export class Report extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Field(() => String, { description: '查询码 — public tracking code, e.g. SSP-7K3M9Q2X' })
  @Unique()
  @Property({ type: 'string', length: 16 })
  trackingCode!: string;

  @Field(() => ReportCategory, { description: '问题类别 — category' })
  @Enum({ items: () => ReportCategory, nativeEnumName: 'report_category' })
  category!: ReportCategory;

  @Field(() => String, { description: '问题描述 — what the citizen saw' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Float, { description: 'Latitude (WGS-84)' })
  @Property({ type: 'double' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude (WGS-84)' })
  @Property({ type: 'double' })
  lng!: number;

  @Field(() => String, { description: '地址 — address as given' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field(() => [String], { description: '照片 — photo URIs' })
  @Property({ type: 'text[]' })
  photoUris: Opt<string[]> = [];

  @Field(() => ReportStatus, { description: '处理状态 — status' })
  @Index()
  @Enum({ items: () => ReportStatus, nativeEnumName: 'report_status' })
  status: ReportStatus = ReportStatus.SUBMITTED;

  @Field(() => GraphQLISODateTime, { description: '提交时间 — when it was submitted' })
  @Property({ type: 'datetime' })
  submittedAt: Opt<Date> = new Date();

  /** 网格编码 of the enforcement GridCell the report was dispatched to. */
  @Property({ type: 'string', length: 20, nullable: true })
  gridCode?: string | null;

  /** Enforcement Officer id of the responsible grid officer. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  assignedOfficerId?: string | null;

  /** Signed-in reporter (JWT subject); null for anonymous reports. */
  @Property({ type: 'string', length: 64, nullable: true })
  reporterSubject?: string | null;

  /** Optional contact for feedback; private, shown masked. */
  @Property({ type: 'string', length: 20, nullable: true })
  contactPhone?: string | null;

  /** Enforcement Unit (中队) responsible for the grid cell, recorded at dispatch; its officers see the report. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  unitId?: string | null;

  /** Enforcement Case opened from this report (set through the outbox, see case/case-opened.consumer.ts). */
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  /** Client idempotency key: the same key returns the same report. */
  @Unique()
  @Property({ type: 'string', length: 80, nullable: true })
  idempotencyKey?: string | null;

  /** SHA-256 of the secret handed once to an anonymous reporter (dispute, rating). Never exposed. */
  @Property({ type: 'string', length: 64, nullable: true })
  reporterSecretHash?: string | null;

  /** The first report of the same problem (same category, close place, short time); null for originals. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  duplicateOfId?: string | null;

  @Field(() => Boolean, {
    description: '需人工分拨 — outside every grid cell; waits for manual triage',
  })
  @Index()
  @Property({ type: 'boolean' })
  needsManualTriage: Opt<boolean> = false;

  @Field(() => Int, { description: '复核次数 — how often the citizen disputed the resolution' })
  @Property({ type: 'integer' })
  disputeCount: Opt<number> = 0;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '首次响应时间 — first status change after submission',
  })
  @Property({ type: 'datetime', nullable: true })
  firstResponseAt?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '处置时间 — when it was last marked RESOLVED',
  })
  @Property({ type: 'datetime', nullable: true })
  resolvedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: "满意度评分 — the citizen's rating 1–5" })
  @Property({ type: 'smallint', nullable: true })
  rating?: number | null;

  /** The citizen's comment with the rating; staff only (free text may carry personal data). */
  @Property({ type: 'text', nullable: true })
  ratingComment?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '评价时间 — when it was rated' })
  @Property({ type: 'datetime', nullable: true })
  ratedAt?: Date | null;
}
