import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { StallCategory } from '../stall/stall-enums';
import { StallPermitStatus } from './stall-permit-enums';

/**
 * 摊位申请 / 摊位许可 — a merchant's application for a stall in a zone; once allocated, the permit to hold it.
 * The database refuses a second ALLOCATED permit for a stall and a second open application of a merchant in a
 * zone (partial unique indexes), whatever the concurrency.
 */
@Entity({ tableName: 'stall_permit' })
@Index({ properties: ['zoneId', 'status'] })
@Unique({
  name: 'stall_permit_one_holder_per_stall',
  expression: `create unique index "stall_permit_one_holder_per_stall" on "service"."stall_permit" ("stall_id") where "status" = 'ALLOCATED'`,
})
@Unique({
  name: 'stall_permit_one_open_per_merchant_zone',
  expression: `create unique index "stall_permit_one_open_per_merchant_zone" on "service"."stall_permit" ("zone_id", "merchant_id") where "status" in ('WAITLISTED', 'ALLOCATED')`,
})
@Index({ properties: ['applicantSubject', 'createdAt'] })
@ObjectType({ description: '摊位申请 / 许可 — a stall application and, once allocated, the permit' })
export class StallPermit extends BaseEntity {
  @Property({ type: 'uuid' })
  zoneId!: string;

  /** Set when allocated. */
  @Property({ type: 'uuid', nullable: true })
  stallId?: string | null;

  /** Enforcement's Merchant id. */
  @Index()
  @Property({ type: 'uuid' })
  merchantId!: string;

  /** Who applied (the signed-in vendor's subject); only they and staff see the application. */
  @Property({ type: 'string', length: 80 })
  applicantSubject!: string;

  @Field(() => StallCategory, { nullable: true, description: '意向类别 — preferred stall category; any free stall when null' })
  @Enum({ items: () => StallCategory, nativeEnumName: 'stall_category', nullable: true })
  preferredCategory?: StallCategory | null;

  @Field(() => StallPermitStatus, { description: '状态 — WAITLISTED, ALLOCATED, REFUSED, WITHDRAWN or REVOKED' })
  @Enum({ items: () => StallPermitStatus, nativeEnumName: 'stall_permit_status' })
  status!: StallPermitStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '决定时间 — when it was allocated or refused' })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '有效期至 — an allocated permit runs one year; renewStallPermit adds a year in the 30 days before',
  })
  @Property({ type: 'datetime', nullable: true })
  validUntil?: Date | null;

  @Field(() => String, { nullable: true, description: '决定理由 — why it was refused (told to the merchant), or how it was allocated' })
  @Property({ type: 'string', length: 300, nullable: true })
  decisionReason?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '续期时间 — when the permit was last renewed; null if never' })
  @Property({ type: 'datetime', nullable: true })
  renewedAt?: Date | null;

  @Field(() => Int, { description: '警告次数 — warnings recorded against the permit holder (a permit is revoked only after one)' })
  @Property({ type: 'smallint', default: 0 })
  warningCount: Opt<number> = 0;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '最近警告时间 — when the last warning was recorded' })
  @Property({ type: 'datetime', nullable: true })
  lastWarnedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '最近警告理由 — what the holder was warned about (told to the merchant)' })
  @Property({ type: 'string', length: 300, nullable: true })
  lastWarningReason?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '撤销时间 — when the permit was revoked' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true, description: '撤销理由 — why the permit was revoked (told to the merchant)' })
  @Property({ type: 'string', length: 300, nullable: true })
  revocationReason?: string | null;

  @Field(() => String, { nullable: true, description: '分配时信用等级 — the credit level (A–D) the decision used; null when none was known' })
  @Property({ type: 'string', length: 1, nullable: true })
  creditLevelAtDecision?: string | null;
}
