import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, Int, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { PartyKind } from '../party/party-enums';
import { DisclosureStatus, WithdrawalReason, WithholdGround } from './disclosure-enums';

/**
 * 行政处罚决定公示 — what the public sees of one penalty decision, frozen when it is published (a later change of the
 * party's record does not change it). Only what the rules allow is stored here: never an ID number, phone or address.
 */
@Entity({ tableName: 'penalty_disclosure' })
@Index({ properties: ['status', 'decidedAt', 'id'] })
@ObjectType({ description: '行政处罚决定公示 — a published penalty decision (行政执法公示, 国办发〔2018〕118号); persons appear by surname only' })
export class PenaltyDisclosure extends BaseEntity {
  @Unique()
  @Property({ type: 'uuid' })
  dispositionId!: string;

  @Index()
  @Property({ type: 'uuid' })
  caseId!: string;

  @Field(() => String, { description: '案件编号 — case (decision file) number, e.g. ZF-2026-000123' })
  @Property({ type: 'string', length: 20 })
  caseNumber!: string;

  @Field(() => DisclosureStatus, { description: '状态 — PUBLISHED or WITHDRAWN (withheld decisions are never listed)' })
  @Enum({ items: () => DisclosureStatus, nativeEnumName: 'disclosure_status' })
  status!: DisclosureStatus;

  @Index()
  @Property({ type: 'uuid' })
  unitId!: string;

  @Field(() => String, { description: '执法机关 — the deciding unit' })
  @Property({ type: 'string', length: 100 })
  unitName!: string;

  @Field(() => String, { description: '违法行为类型编码 — violation type code' })
  @Property({ type: 'string', length: 16 })
  violationTypeCode!: string;

  @Field(() => String, { description: '违法行为 — the violation' })
  @Property({ type: 'string', length: 100 })
  violationName!: string;

  @Field(() => String, { description: '处罚依据 — law and article' })
  @Property({ type: 'string', length: 200 })
  legalBasis!: string;

  @Field(() => String, { description: '处罚决定 — the decision in plain words, e.g. 罚款人民币500元' })
  @Property({ type: 'string', length: 200 })
  decision!: string;

  @Field(() => Int, { description: '罚款（元） — the fine in yuan' })
  @Property({ type: 'integer' })
  fineYuan!: number;

  @Field(() => PartyKind, { description: '当事人类型 — PERSON or MERCHANT (organisation)' })
  @Enum({ items: () => PartyKind, nativeEnumName: 'party_kind' })
  partyKind!: PartyKind;

  @Field(() => String, { nullable: true, description: "当事人 — an organisation's name, a person's surname only (张某); null once withdrawn" })
  @Property({ type: 'string', length: 100, nullable: true })
  partyName?: string | null;

  @Field(() => String, { nullable: true, description: '统一社会信用代码 — organisations only; null once withdrawn' })
  @Property({ type: 'string', length: 18, nullable: true })
  partyCreditCode?: string | null;

  @Field(() => GraphQLISODateTime, { description: '决定日期 — when the decision was made' })
  @Property({ type: 'datetime' })
  decidedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    description: '公示期限 — publicationWorkingDays of the thresholds in force at the decision (at most 7 working days) after it',
  })
  @Property({ type: 'datetime' })
  dueBy!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '公示时间 — when it was published' })
  @Property({ type: 'datetime', nullable: true })
  publishedAt?: Date | null;

  /** 不予公开: the ground and the recorded reason (staff only, never listed). */
  @Enum({ items: () => WithholdGround, nativeEnumName: 'withhold_ground', nullable: true })
  withholdGround?: WithholdGround | null;

  @Property({ type: 'text', nullable: true })
  withholdReason?: string | null;

  @Field(() => WithdrawalReason, { nullable: true, description: '撤回原因 — why it was withdrawn' })
  @Enum({ items: () => WithdrawalReason, nativeEnumName: 'withdrawal_reason', nullable: true })
  withdrawalReason?: WithdrawalReason | null;

  @Field(() => String, { nullable: true, description: '撤回说明 — the reason shown with the withdrawal' })
  @Property({ type: 'text', nullable: true })
  withdrawalNote?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '撤回时间 — when it was withdrawn' })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt?: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      '撤回期限 — withdrawalWorkingDays of the thresholds in force (at most 3 working days) after the decision was changed, revoked or found unlawful',
  })
  @Property({ type: 'datetime', nullable: true })
  withdrawalDueBy?: Date | null;
}
