import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';

import { IsMediaUri, MEDIA_URI_RULE } from '../../../kernel/graphql/media-uri';

import { Report } from './report.entity';
import { ReportCategory, ReportStatus } from './report-enums';

@InputType({ description: '位置 — where the problem is' })
export class LocationInput {
  @Field(() => Float, { description: 'Latitude (WGS-84), −90…90' })
  @Min(-90)
  @Max(90)
  lat!: number;

  @Field(() => Float, { description: 'Longitude (WGS-84), −180…180' })
  @Min(-180)
  @Max(180)
  lng!: number;

  @Field(() => String, { description: '地址 — address or landmark, 2–200 characters' })
  @Length(2, 200)
  address!: string;
}

@InputType({ description: '提交随手拍 — a citizen report' })
export class SubmitReportInput {
  @Field(() => ReportCategory, { description: '问题类别 — category' })
  category!: ReportCategory;

  @Field(() => String, { description: '问题描述 — 5–1000 characters' })
  @Length(5, 1000)
  description!: string;

  @Field(() => LocationInput, { description: '位置 — location' })
  @ValidateNested()
  location!: LocationInput;

  @Field(() => [String], {
    defaultValue: [],
    description: `照片 — up to 9 photo URIs (uploaded beforehand), each ${MEDIA_URI_RULE}`,
  })
  @ArrayMaxSize(9)
  @IsMediaUri(true)
  photoUris!: string[];

  @Field(() => String, {
    nullable: true,
    description: '联系电话 — optional phone for feedback; stored protected',
  })
  @IsOptional()
  @Matches(/^1\d{10}$/, { message: 'contactPhone must be an 11-digit mainland mobile number' })
  contactPhone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: '幂等键 — client-generated key; sending the same key again returns the same report',
  })
  @IsOptional()
  @Length(8, 80)
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'Result of submitReport' })
export class SubmitReportPayload {
  @Field(() => Report, {
    description: 'The stored report; keep `trackingCode` to follow its progress',
  })
  report!: Report;

  @Field(() => String, {
    nullable: true,
    description:
      '查询密钥 — secret for an anonymous reporter, returned only once on first creation; with the tracking code it ' +
      'proves the reporter when disputing or rating. Null for signed-in reporters and for idempotent retries.',
  })
  reporterSecret!: string | null;
}

@InputType({ description: 'Filter for the report list' })
export class ReportFilter {
  @Field(() => ReportStatus, { nullable: true, description: 'Only reports in this status' })
  status?: ReportStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only reports dispatched to this grid cell' })
  gridCode?: string | null;

  @Field(() => ReportCategory, { nullable: true, description: 'Only this category' })
  category?: ReportCategory | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '需人工分拨 — true: only reports outside every grid cell, waiting for manual triage',
  })
  needsManualTriage?: boolean | null;
}
