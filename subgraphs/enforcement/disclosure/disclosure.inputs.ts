import { IsOptional, Length } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { DisclosureStatus, WithdrawalReason, WithholdGround } from './disclosure-enums';
import { PenaltyDisclosure } from './penalty-disclosure.entity';

@InputType({ description: '公示筛选 — filter of the public list of penalty decisions' })
export class PenaltyDisclosureFilter {
  @Field(() => GraphQLISODateTime, { nullable: true, description: '决定日期起 — decided at or after (inclusive)' })
  decidedFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '决定日期止 — decided before (exclusive)' })
  decidedTo?: Date | null;

  @Field(() => ID, { nullable: true, description: "执法单位 — the deciding unit's id" })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: '违法行为类型 — violation type code' })
  violationTypeCode?: string | null;

  @Field(() => String, { nullable: true, description: "当事人名称 — part of an organisation's name, 2–50 characters (persons cannot be searched by name)" })
  @IsOptional()
  @Length(2, 50)
  partyName?: string | null;

  @Field(() => DisclosureStatus, {
    nullable: true,
    description: 'PUBLISHED (default) or WITHDRAWN (the withdrawal notices); WITHHELD is never listed (BAD_USER_INPUT)',
  })
  status?: DisclosureStatus | null;
}

@InputType({ description: '撤回公示 — withdraw a published decision that was changed, revoked or found unlawful (《行政处罚法》第四十八条)' })
export class WithdrawPenaltyDisclosureInput {
  @Field(() => ID, { description: 'Penalty disclosure id (PUBLISHED)' })
  disclosureId!: string;

  @Field(() => WithdrawalReason, { description: '撤回原因 — reason' })
  reason!: WithdrawalReason;

  @Field(() => String, { description: '撤回说明 — the reason shown to the public, 5–500 characters (e.g. 经复议撤销)' })
  @Length(5, 500)
  note!: string;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      '决定变更时间 — when the decision was changed or revoked (default now; not in the future); the withdrawal deadline in force (at most 3 working days) runs from it',
  })
  decisionChangedAt?: Date | null;
}

@InputType({ description: '不予公开 — hold a penalty decision back from publication with a recorded ground and reason' })
export class WithholdPenaltyDisclosureInput {
  @Field(() => ID, { description: 'Disposition id of the penalty decision' })
  dispositionId!: string;

  @Field(() => WithholdGround, { description: '情形 — MINOR, STATE_SECRET or PERSONAL_PRIVACY' })
  ground!: WithholdGround;

  @Field(() => String, { description: '理由 — the recorded reason, 5–500 characters (staff only)' })
  @Length(5, 500)
  reason!: string;
}

@ObjectType({ description: 'Result of withdrawPenaltyDisclosure and withholdPenaltyDisclosure' })
export class PenaltyDisclosurePayload {
  @Field(() => PenaltyDisclosure, { description: 'The disclosure' })
  disclosure!: PenaltyDisclosure;
}

@ObjectType({ description: '待公示决定 — a penalty decision not yet published' })
export class DisclosureBacklogItem {
  @Field(() => ID, { description: 'Disposition id' })
  dispositionId!: string;

  @Field(() => String, { description: '案件编号 — case number' })
  caseNumber!: string;

  @Field(() => GraphQLISODateTime, { description: '决定日期 — decided at' })
  decidedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: '公示期限 — the publication deadline in force at the decision (at most 7 working days)' })
  dueBy!: Date;

  @Field(() => Boolean, { description: '已逾期 — past its publication deadline' })
  overdue!: boolean;
}

@ObjectType({ description: '公示待办 — penalty decisions of a unit still to be published (supervisors)' })
export class DisclosureBacklog {
  @Field(() => Int, { description: '待公示 — decisions without a disclosure (at most the 1,000 oldest are counted)' })
  pending!: number;

  @Field(() => Int, { description: '逾期未公示 — of those, past their publication deadline' })
  overdue!: number;

  @Field(() => [DisclosureBacklogItem], { description: 'The 50 oldest, overdue first' })
  items!: DisclosureBacklogItem[];
}
