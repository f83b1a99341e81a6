import { BeforeCreate, Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Case } from '../case/case.entity';
import { LaborStatus } from '../labor/labor-rules';
import { DispositionColour, DispositionKind, PenaltyProcedure } from './disposition-enums';
import { PenaltyMeasure } from './penalty-measure';

@Entity({ tableName: 'disposition' })
@Index({
  name: 'disposition_disclosure_pending_index',
  expression: 'create index "disposition_disclosure_pending_index" on "enforcement"."disposition" ("decided_at", "id") where "disclosure_pending"',
})
@ObjectType({ description: '处置决定 — a disposition recorded on a case' })
export class Disposition extends BaseEntity {
  @Index()
  @ManyToOne({ entity: () => Case, ref: true })
  case!: Ref<Case>;

  @Field(() => DispositionKind, { description: '处置方式 — kind' })
  @Enum({ items: () => DispositionKind, nativeEnumName: 'disposition_kind' })
  kind!: DispositionKind;

  @Field(() => DispositionColour, { description: '颜色 — ladder colour' })
  @Enum({ items: () => DispositionColour, nativeEnumName: 'disposition_colour' })
  colour!: DispositionColour;

  @Field(() => DispositionKind, { description: '系统建议 — what the ladder recommended at the time' })
  @Enum({ items: () => DispositionKind, nativeEnumName: 'disposition_kind' })
  recommendedKind!: DispositionKind;

  @Field(() => String, { nullable: true, description: '偏离理由 — written reason for deviating from the recommendation' })
  @Property({ type: 'text', nullable: true })
  deviationReason?: string | null;

  @Field(() => Int, { nullable: true, description: '罚款金额（元） — fine in yuan (PENALTY)' })
  @Property({ type: 'integer', nullable: true })
  fineYuan?: number | null;

  @Field(() => [PenaltyMeasure], {
    description: '并处 — measures added to a PENALTY (confiscation, licence suspension or revocation, closure); empty otherwise',
  })
  @Property({ type: 'json' })
  measures: Opt<PenaltyMeasure[]> = [];

  @Field(() => Int, { nullable: true, description: '没收金额（元） — value of what was confiscated (with a confiscation measure)' })
  @Property({ type: 'integer', nullable: true })
  confiscatedValueYuan?: number | null;

  @Field(() => Int, { nullable: true, description: '公益劳动时长（小时） — hours of community work (LABOR_IN_LIEU)' })
  @Property({ type: 'integer', nullable: true })
  laborHours?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '整改期限 — rectification deadline (RECTIFICATION_NOTICE)' })
  @Property({ type: 'datetime', nullable: true })
  rectifyBy?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '整改完成时间 — when the party rectified' })
  @Property({ type: 'datetime', nullable: true })
  rectifiedAt?: Date | null;

  @Field(() => PenaltyProcedure, { nullable: true, description: '处罚程序 — procedure (PENALTY)' })
  @Enum({ items: () => PenaltyProcedure, nativeEnumName: 'penalty_procedure', nullable: true })
  procedure?: PenaltyProcedure | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '决定期限 — decision due (GENERAL: 90 days after filing)' })
  @Property({ type: 'datetime', nullable: true })
  decisionDueAt?: Date | null;

  @Field(() => String, { description: '决定人 — subject of the officer who recorded it' })
  @Property({ type: 'string', length: 64 })
  decidedBy!: string;

  @Field(() => GraphQLISODateTime, { description: '决定时间 — when it was recorded' })
  @Property({ type: 'datetime' })
  decidedAt: Opt<Date> = new Date();

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: '听证告知时间 — PENALTY with a large fine: when the party was told of the right to a hearing',
  })
  @Property({ type: 'datetime', nullable: true })
  hearingNoticeAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '听证申请期限 — the party may request a hearing until then (5 days)' })
  @Property({ type: 'datetime', nullable: true })
  hearingRequestBy?: Date | null;

  /** LABOR_IN_LIEU: participation Activity (a labor-in-lieu session) the party serves in; see Disposition.activity. */
  @Property({ type: 'uuid', nullable: true })
  activityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '以劳代罚服务人 — LABOR_IN_LIEU: the citizen account (sign-in subject) of the person who serves: the party, or the person the party named; only their approved hours count',
  })
  @Property({ type: 'string', length: 64, nullable: true })
  laborServedBy?: string | null;

  @Field(() => Float, { nullable: true, description: '已认定劳动时长 — LABOR_IN_LIEU: hours verified by participation so far' })
  @Property({ type: 'decimal', precision: 6, scale: 1, runtimeType: 'number', nullable: true })
  laborHoursVerified?: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '劳动期限 — LABOR_IN_LIEU: after it, unfinished labor lapses back to the fine' })
  @Index()
  @Property({ type: 'datetime', nullable: true })
  laborDueAt?: Date | null;

  @Field(() => LaborStatus, { nullable: true, description: '以劳代罚状态 — LABOR_IN_LIEU: assigned, fulfilled or lapsed' })
  @Enum({ items: () => LaborStatus, nativeEnumName: 'labor_status', nullable: true })
  laborStatus?: LaborStatus | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '被变更时间 — when a later decision superseded this one (null: still effective)' })
  @Property({ type: 'datetime', nullable: true })
  supersededAt?: Date | null;

  @Field(() => String, { nullable: true, description: '变更理由 — why a later decision superseded this one' })
  @Property({ type: 'text', nullable: true })
  supersedeReason?: string | null;

  @Field(() => String, { nullable: true, description: '变更人 — subject of the supervisor who superseded it' })
  @Property({ type: 'string', length: 64, nullable: true })
  supersededBy?: string | null;

  /**
   * 待公示: true for a penalty with a fine until it is published or withheld, or when it is superseded. Only these rows
   * are in the partial index the publication job and the backlog read (行政执法公示), by decision time.
   */
  @Property({ type: 'boolean', default: false })
  disclosurePending: Opt<boolean> = false;

  @BeforeCreate()
  markDisclosurePending(): void {
    this.disclosurePending = this.kind === DispositionKind.PENALTY && this.fineYuan != null && !this.supersededAt;
  }

  @Field(() => Boolean, { description: "有效 — the case's one effective decision (false once superseded)" })
  get effective(): Opt<boolean> {
    return !this.supersededAt;
  }
}
