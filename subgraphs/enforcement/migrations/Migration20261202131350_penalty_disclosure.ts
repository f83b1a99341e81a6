import { Migration } from '@mikro-orm/migrations';

/** Issue 14: public disclosure of penalty decisions (行政执法公示), withheld and withdrawn ones included. */
export class Migration20261202131350_penalty_disclosure extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "enforcement"."disclosure_status" as enum ('PUBLISHED', 'WITHHELD', 'WITHDRAWN');`);
    this.addSql(`create type "enforcement"."withhold_ground" as enum ('MINOR', 'STATE_SECRET', 'PERSONAL_PRIVACY');`);
    this.addSql(`create type "enforcement"."withdrawal_reason" as enum ('DECISION_CHANGED', 'DECISION_REVOKED', 'FOUND_UNLAWFUL');`);
    this.addSql(`create table "enforcement"."penalty_disclosure" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "disposition_id" uuid not null, "case_id" uuid not null, "case_number" varchar(20) not null, "status" "enforcement"."disclosure_status" not null, "unit_id" uuid not null, "unit_name" varchar(100) not null, "violation_type_code" varchar(16) not null, "violation_name" varchar(100) not null, "legal_basis" varchar(200) not null, "decision" varchar(200) not null, "fine_yuan" int not null, "party_kind" "enforcement"."party_kind" not null, "party_name" varchar(100) null, "party_credit_code" varchar(18) null, "decided_at" timestamptz not null, "due_by" timestamptz not null, "published_at" timestamptz null, "withhold_ground" "enforcement"."withhold_ground" null, "withhold_reason" text null, "withdrawal_reason" "enforcement"."withdrawal_reason" null, "withdrawal_note" text null, "withdrawn_at" timestamptz null, "withdrawal_due_by" timestamptz null, constraint "penalty_disclosure_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."penalty_disclosure" add constraint "penalty_disclosure_disposition_id_unique" unique ("disposition_id");`);
    this.addSql(`create index "penalty_disclosure_case_id_index" on "enforcement"."penalty_disclosure" ("case_id");`);
    this.addSql(`create index "penalty_disclosure_unit_id_index" on "enforcement"."penalty_disclosure" ("unit_id");`);
    this.addSql(`create index "penalty_disclosure_status_decided_at_id_index" on "enforcement"."penalty_disclosure" ("status", "decided_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enforcement"."penalty_disclosure" cascade;`);
    this.addSql(`drop type "enforcement"."disclosure_status";`);
    this.addSql(`drop type "enforcement"."withhold_ground";`);
    this.addSql(`drop type "enforcement"."withdrawal_reason";`);
  }
}
