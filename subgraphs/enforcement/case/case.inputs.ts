import { IsOptional, Length, Max, Min } from 'class-validator';
import { Field, Float, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';

import { PartyKind } from '../party/party-enums';
import { Case } from './case.entity';
import { CaseAction, CaseSource, CaseStatus, CaseTrack } from './case-enums';

@InputType({ description: 'Filter for the case list (every filter column is indexed)' })
export class CaseFilter {
  @Field(() => CaseStatus, { nullable: true, description: '状态 — only this status' })
  status?: CaseStatus | null;

  @Field(() => ID, { nullable: true, description: '单位 — only cases of this unit' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: '网格 — only cases in this grid cell' })
  gridCode?: string | null;

  @Field(() => ID, { nullable: true, description: '承办人 — only cases assigned to this officer' })
  officerId?: string | null;

  @Field(() => ID, { nullable: true, description: '当事人 — only cases of this merchant or person' })
  partyId?: string | null;

  @Field(() => String, { nullable: true, description: '违法行为类型 — only this violation-type code' })
  violationTypeCode?: string | null;

  @Field(() => CaseTrack, { nullable: true, description: '721分类 — only this track' })
  track?: CaseTrack | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '发生时间起 — occurred at or after' })
  occurredFrom?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '发生时间止 — occurred before' })
  occurredTo?: Date | null;

  @Field(() => Boolean, { nullable: true, description: '超期 — true: open cases past their deadline' })
  overdue?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: '典型案例 — true: only typical cases' })
  typical?: boolean | null;
}

@InputType({ description: '新建案件 — a new case (status REPORTED)' })
export class CreateCaseInput {
  @Field(() => CaseSource, { description: '来源 — source' })
  source!: CaseSource;

  @Field(() => String, { description: '违法行为类型编码 — violation-type code' })
  violationTypeCode!: string;

  @Field(() => PartyKind, { description: '当事人类型 — kind of party' })
  partyKind!: PartyKind;

  @Field(() => ID, { description: '当事人 — merchant or person id' })
  partyId!: string;

  @Field(() => String, { description: '网格编码 — grid cell where it happened' })
  gridCode!: string;

  @Field(() => String, { description: '案情 — 5–2000 characters' })
  @Length(5, 2000)
  description!: string;

  @Field(() => Float, { description: 'Latitude (WGS-84)' })
  @Min(-90)
  @Max(90)
  lat!: number;

  @Field(() => Float, { description: 'Longitude (WGS-84)' })
  @Min(-180)
  @Max(180)
  lng!: number;

  @Field(() => String, { description: '地址 — 2–200 characters' })
  @Length(2, 200)
  address!: string;

  @Field(() => GraphQLISODateTime, { description: '发生时间 — when it happened (not in the future)' })
  occurredAt!: Date;

  @Field(() => Boolean, { defaultValue: false, description: '危害后果轻微 — harm is minor' })
  minorHarm!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: '当场改正 — corrected on the spot' })
  correctedOnSpot!: boolean;

  @Field(() => String, { nullable: true, description: '幂等键 — client-generated key (8–80 characters); a retry with the same key returns the same case' })
  @IsOptional()
  @Length(8, 80)
  idempotencyKey?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '来源随手拍 — the citizen report this case is opened from (source must be CITIZEN_REPORT); the report then shows the case',
  })
  sourceReportId?: string | null;
}

@InputType({ description: '案件流转 — one lifecycle step (not ASSIGN: use assignCase)' })
export class TransitionCaseInput {
  @Field(() => ID, { description: 'Case id' })
  caseId!: string;

  @Field(() => CaseAction, { description: '操作 — the step' })
  action!: CaseAction;

  @Field(() => String, { nullable: true, description: '理由 — reason (required for REJECT, REFER and REWORK)' })
  @IsOptional()
  @Length(2, 1000)
  reason?: string | null;
}

@InputType({ description: '派遣 — assign a case to an officer of its unit' })
export class AssignCaseInput {
  @Field(() => ID, { description: 'Case id' })
  caseId!: string;

  @Field(() => ID, { description: "承办人 — an active officer of the case's unit" })
  officerId!: string;

  @Field(() => String, { nullable: true, description: '说明 — note' })
  @IsOptional()
  @Length(2, 1000)
  reason?: string | null;
}

@ObjectType({ description: 'Result of a case mutation' })
export class CasePayload {
  @Field(() => Case, { description: 'The case after the change' })
  case!: Case;
}
