import { IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Report } from './report.entity';
import { ReportStatus } from './report-enums';

@InputType({ description: '变更处理状态 — move a report one step in its handling' })
export class ChangeReportStatusInput {
  @Field(() => ID, { description: 'Report id' })
  reportId!: string;

  @Field(() => ReportStatus, {
    description: '新状态 — target status (must follow the handling order)',
  })
  status!: ReportStatus;

  @Field(() => String, {
    nullable: true,
    description: '处理说明 — public note, required (reason for REJECTED / REFERRED)',
  })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: '网格编码 — for a manual dispatch of a report outside every grid cell',
  })
  @IsOptional()
  @Length(2, 20)
  gridCode?: string | null;

  @Field(() => ID, { nullable: true, description: '责任网格员 — officer id for a manual dispatch' })
  @IsOptional()
  assignedOfficerId?: string | null;
}

@InputType({ description: '申请复核 — the citizen disputes that the problem is fixed' })
export class DisputeReportInput {
  @Field(() => String, { description: '查询码 — tracking code' })
  @Length(4, 16)
  trackingCode!: string;

  @Field(() => String, {
    nullable: true,
    description: '查询密钥 — the secret returned at submission (anonymous reporters)',
  })
  @IsOptional()
  @MaxLength(100)
  reporterSecret?: string | null;

  @Field(() => String, { nullable: true, description: '复核理由 — why it is not fixed (required)' })
  @IsOptional()
  @MaxLength(1000)
  note?: string | null;
}

@InputType({ description: '评价 — the citizen rates the outcome once' })
export class RateReportInput {
  @Field(() => String, { description: '查询码 — tracking code' })
  @Length(4, 16)
  trackingCode!: string;

  @Field(() => String, {
    nullable: true,
    description: '查询密钥 — the secret returned at submission (anonymous reporters)',
  })
  @IsOptional()
  @MaxLength(100)
  reporterSecret?: string | null;

  @Field(() => Int, { description: '评分 — 1 (very unsatisfied) to 5 (very satisfied)' })
  @IsInt()
  @Min(1)
  @Max(5)
  rating!: number;

  @Field(() => String, {
    nullable: true,
    description: '评价内容 — optional comment, up to 500 characters',
  })
  @IsOptional()
  @MaxLength(500)
  comment?: string | null;
}

@ObjectType({ description: 'Result of a report lifecycle mutation' })
export class ReportPayload {
  @Field(() => Report, { description: 'The report after the change' })
  report!: Report;
}
