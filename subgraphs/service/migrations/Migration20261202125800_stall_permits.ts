import { Migration } from '@mikro-orm/migrations';

export class Migration20261202125800_stall_permits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "service"."merchant_credit_level" as enum ('A', 'B', 'C', 'D');`);
    this.addSql(`create type "service"."stall_permit_status" as enum ('WAITLISTED', 'ALLOCATED', 'REFUSED', 'WITHDRAWN');`);
    this.addSql(`create table "service"."merchant_credit" ("merchant_id" uuid not null, "level" "service"."merchant_credit_level" not null, "score" smallint not null, "blacklisted" boolean not null, "as_of" timestamptz not null, constraint "merchant_credit_pkey" primary key ("merchant_id"));`);

    this.addSql(`create table "service"."stall_permit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "zone_id" uuid not null, "stall_id" uuid null, "merchant_id" uuid not null, "applicant_subject" varchar(80) not null, "preferred_category" "service"."stall_category" null, "status" "service"."stall_permit_status" not null, "decided_at" timestamptz null, "valid_until" timestamptz null, "decision_reason" varchar(300) null, "credit_level_at_decision" varchar(1) null, constraint "stall_permit_pkey" primary key ("id"));`);
    this.addSql(`create index "stall_permit_merchant_id_index" on "service"."stall_permit" ("merchant_id");`);
    this.addSql(`create index "stall_permit_applicant_subject_created_at_index" on "service"."stall_permit" ("applicant_subject", "created_at");`);
    this.addSql(`create index "stall_permit_zone_id_status_index" on "service"."stall_permit" ("zone_id", "status");`);
    // written by hand: no stall is held under two permits, no merchant has two open applications in one zone
    this.addSql(`create unique index "stall_permit_one_holder_per_stall" on "service"."stall_permit" ("stall_id") where "status" = 'ALLOCATED';`);
    this.addSql(`create unique index "stall_permit_one_open_per_merchant_zone" on "service"."stall_permit" ("zone_id", "merchant_id") where "status" in ('WAITLISTED', 'ALLOCATED');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service"."merchant_credit" cascade;`);

    this.addSql(`drop table if exists "service"."stall_permit" cascade;`);

    this.addSql(`drop type "service"."merchant_credit_level";`);
    this.addSql(`drop type "service"."stall_permit_status";`);
  }

}
