import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import type { Opt, Ref } from '@mikro-orm/core';
import { Directive, Field, Float, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { PenaltyProcedure } from '../disposition/disposition-enums';
import { GridCell } from '../grid-cell/grid-cell.entity';
import { Officer } from '../officer/officer.entity';
import { PartyKind } from '../party/party-enums';
import { Unit } from '../unit/unit.entity';
import { ViolationType } from '../violation-type/violation-type.entity';
import { CaseSource, CaseStatus, CaseTrack } from './case-enums';

@Entity({ tableName: 'case' })
@Index({ properties: ['occurredAt', 'id'] })
// Issue 8: list filters + keyset order, covering period indexes for the statistics (see Migration20261202060000_scale_indexes)
@Index({ properties: ['unit', 'occurredAt', 'id'] })
@Index({ properties: ['status', 'occurredAt', 'id'] })
@Index({ properties: ['violationType', 'occurredAt', 'id'] })
@Index({ properties: ['gridCell', 'occurredAt', 'id'] })
@Index({ properties: ['assignee', 'occurredAt', 'id'] })
@Index({ properties: ['partyId', 'occurredAt', 'id'] })
@Index({ properties: ['track', 'occurredAt', 'id'] })
@Index({ properties: ['partyId', 'violationType', 'occurredAt'] })
@ObjectType({ description: '执法案件 — an enforcement case' })
@Directive('@key(fields: "id")')
export class Case extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Field(() => String, { description: '案件编号 — case number, unique per year, e.g. ZF-2026-000123' })
  @Unique()
  @Property({ type: 'string', length: 20 })
  number!: string;

  /** Client-generated key of createCase: a retry with the same key returns this case instead of a duplicate. */
  @Unique()
  @Property({ type: 'string', length: 80, nullable: true })
  idempotencyKey?: string | null;

  /** Participation Report this case was opened from (source CITIZEN_REPORT); see Case.sourceReport. */
  @Index()
  @Property({ type: 'uuid', nullable: true })
  sourceReportId?: string | null;

  /** Service subgraph MerchantVisit whose concern this case was opened from (source MERCHANT_VISIT); see Case.sourceVisit. */
  @Property({ type: 'uuid', nullable: true })
  sourceVisitId?: string | null;

  /** The visit concern (service VisitConcern id); unique, so one concern opens at most one case. */
  @Unique()
  @Property({ type: 'uuid', nullable: true })
  sourceVisitConcernId?: string | null;

  @Field(() => CaseStatus, { description: '状态 — status' })
  @Enum({ items: () => CaseStatus, nativeEnumName: 'case_status' })
  status: CaseStatus = CaseStatus.REPORTED;

  @Field(() => CaseSource, { description: '来源 — source' })
  @Enum({ items: () => CaseSource, nativeEnumName: 'case_source' })
  source!: CaseSource;

  @ManyToOne({ entity: () => ViolationType, ref: true })
  violationType!: Ref<ViolationType>;

  @Field(() => PartyKind, { description: '当事人类型 — kind of party' })
  @Enum({ items: () => PartyKind, nativeEnumName: 'party_kind' })
  partyKind!: PartyKind;

  /** Merchant or Person id (see `partyKind`). */
  @Property({ type: 'uuid' })
  partyId!: string;

  @ManyToOne({ entity: () => GridCell, ref: true })
  gridCell!: Ref<GridCell>;

  /** The grid cell's unit when the case was created. */
  @ManyToOne({ entity: () => Unit, ref: true })
  unit!: Ref<Unit>;

  @Field(() => String, { description: '案情描述 — description' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Float, { description: 'Latitude (WGS-84)' })
  @Property({ type: 'double' })
  lat!: number;

  @Field(() => Float, { description: 'Longitude (WGS-84)' })
  @Property({ type: 'double' })
  lng!: number;

  @Field(() => String, { description: '地址 — address' })
  @Property({ type: 'string', length: 200 })
  address!: string;

  @Field(() => Boolean, { description: '危害后果轻微 — harm is minor' })
  @Property({ type: 'boolean' })
  minorHarm!: boolean;

  @Field(() => Boolean, { description: '当场改正 — corrected on the spot' })
  @Property({ type: 'boolean' })
  correctedOnSpot!: boolean;

  @Field(() => GraphQLISODateTime, { description: '发生时间 — when the violation occurred' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '立案时间 — when the case was filed' })
  @Property({ type: 'datetime', nullable: true })
  filedAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '办结期限 — handling deadline (set at filing)' })
  @Property({ type: 'datetime', nullable: true })
  dueAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '结案时间 — when the case was closed' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @ManyToOne({ entity: () => Officer, ref: true, nullable: true })
  assignee?: Ref<Officer> | null;

  @Field(() => CaseTrack, {
    nullable: true,
    description: '721分类 — track of the first effective decision; a later superseding decision does not move it (counted in enforcementStats.decisionChanges)',
  })
  @Enum({ items: () => CaseTrack, nativeEnumName: 'case_track', nullable: true })
  track?: CaseTrack | null;

  @Field(() => PenaltyProcedure, { nullable: true, description: '处罚程序 — penalty procedure, once a penalty is decided' })
  @Enum({ items: () => PenaltyProcedure, nativeEnumName: 'penalty_procedure', nullable: true })
  procedure?: PenaltyProcedure | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '回访时间 — when the follow-up visit was recorded' })
  @Index()
  @Property({ type: 'datetime', nullable: true })
  followedUpAt?: Date | null;

  @Field(() => Boolean, { description: '典型案例 — marked as a typical case by its review (training material)' })
  @Property({ type: 'boolean' })
  isTypicalCase: Opt<boolean> = false;

  /**
   * The party had a case of the same violation type in the 12 months before this one (重复违法). Kept by the
   * database in the same transaction as any change of a case (trigger `case_repeat_*`); never written by the app.
   */
  @Property({ type: 'boolean', default: false, hidden: true })
  isRepeat: Opt<boolean> = false;

  /** At least one RECORDING evidence (执法记录仪); kept by the database (trigger `evidence_recording_*`), never written by the app. */
  @Property({ type: 'boolean', default: false, hidden: true })
  hasRecording: Opt<boolean> = false;

  @Field(() => Int, { description: '返工次数 — times verification failed (核查不通过)' })
  @Property({ type: 'integer' })
  reworkCount: Opt<number> = 0;
}
