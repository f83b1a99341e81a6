import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14: discretion benchmarks (行政处罚裁量基准, versioned per violation type), how each penalty applied them,
 * and legal reviews of major decisions (重大执法决定法制审核).
 */
export class Migration20261202124338_discretion_legal_review extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "enforcement"."legal_review_status" as enum ('PENDING', 'APPROVED', 'RETURNED');`);
    this.addSql(`create type "enforcement"."discretion_grade" as enum ('MINOR', 'GENERAL', 'SERIOUS');`);
    this.addSql(`create table "enforcement"."discretion_benchmark" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "violation_type_code" varchar(16) not null, "version" int not null, "effective_from" timestamptz not null, "grades" jsonb not null, "adopted_by" varchar(200) not null, "published_by" varchar(64) not null, constraint "discretion_benchmark_pkey" primary key ("id"));`);
    this.addSql(`create index "discretion_benchmark_violation_type_code_effective_from_index" on "enforcement"."discretion_benchmark" ("violation_type_code", "effective_from");`);
    this.addSql(`alter table "enforcement"."discretion_benchmark" add constraint "discretion_benchmark_violation_type_code_version_unique" unique ("violation_type_code", "version");`);
    this.addSql(`create table "enforcement"."legal_review" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "case_number" varchar(20) not null, "violation_type_code" varchar(16) not null, "status" "enforcement"."legal_review_status" not null, "kind" "enforcement"."disposition_kind" not null, "fine_yuan" int not null, "grade" "enforcement"."discretion_grade" null, "within_grade" boolean not null, "grounds" jsonb not null, "summary" text not null, "requested_by" varchar(64) not null, "requested_at" timestamptz not null, "reviewed_by" varchar(64) null, "reviewed_at" timestamptz null, "opinion" text null, "disposition_id" uuid null, constraint "legal_review_pkey" primary key ("id"));`);
    this.addSql(`create index "legal_review_case_id_index" on "enforcement"."legal_review" ("case_id");`);
    this.addSql(`create index "legal_review_status_requested_at_id_index" on "enforcement"."legal_review" ("status", "requested_at", "id");`);
    this.addSql(`create table "enforcement"."penalty_discretion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "disposition_id" uuid not null, "benchmark_id" uuid null, "benchmark_version" int null, "grade" "enforcement"."discretion_grade" not null, "facts" text not null, "band_min_yuan" int null, "band_max_yuan" int null, "within_grade" boolean not null, "outside_range_reason" text null, constraint "penalty_discretion_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."penalty_discretion" add constraint "penalty_discretion_disposition_id_unique" unique ("disposition_id");`);
    this.addSql(`alter table "enforcement"."discretion_benchmark" add constraint "discretion_benchmark_violation_type_code_foreign" foreign key ("violation_type_code") references "enforcement"."violation_type" ("code") on update cascade;`);
    this.addSql(`alter table "enforcement"."legal_review" add constraint "legal_review_case_id_foreign" foreign key ("case_id") references "enforcement"."case" ("id") on update cascade;`);
    this.addSql(`alter table "enforcement"."penalty_discretion" add constraint "penalty_discretion_disposition_id_foreign" foreign key ("disposition_id") references "enforcement"."disposition" ("id") on update cascade;`);
    this.addSql(`alter table "enforcement"."penalty_discretion" add constraint "penalty_discretion_benchmark_id_foreign" foreign key ("benchmark_id") references "enforcement"."discretion_benchmark" ("id") on update cascade on delete set null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enforcement"."penalty_discretion" cascade;`);
    this.addSql(`drop table if exists "enforcement"."legal_review" cascade;`);
    this.addSql(`drop table if exists "enforcement"."discretion_benchmark" cascade;`);
    this.addSql(`drop type "enforcement"."legal_review_status";`);
    this.addSql(`drop type "enforcement"."discretion_grade";`);
  }
}
