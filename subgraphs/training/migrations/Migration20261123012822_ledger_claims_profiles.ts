import { Migration } from '@mikro-orm/migrations';

export class Migration20261123012822_ledger_claims_profiles extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "training"."claim_status" as enum ('PENDING', 'APPROVED', 'REJECTED');`);
    this.addSql(`create table "training"."external_training_claim" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "title" varchar(120) not null, "provider" varchar(120) not null, "completed_on" date not null, "hours" numeric(5,1) not null, "category" "training"."course_category" not null, "evidence_uri" varchar(300) not null, "status" "training"."claim_status" not null default 'PENDING', "reviewed_by" varchar(80) null, "reviewed_at" timestamptz null, "review_note" varchar(200) null, constraint "external_training_claim_pkey" primary key ("id"));`);
    this.addSql(`create index "external_training_claim_officer_id_index" on "training"."external_training_claim" ("officer_id");`);
    this.addSql(`create index "external_training_claim_status_created_at_index" on "training"."external_training_claim" ("status", "created_at");`);

    this.addSql(`create table "training"."training_profile" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "unit_id" uuid not null, "hired_on" date not null, constraint "training_profile_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."training_profile" add constraint "training_profile_officer_id_unique" unique ("officer_id");`);
    this.addSql(`create index "training_profile_unit_id_index" on "training"."training_profile" ("unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."external_training_claim" cascade;`);

    this.addSql(`drop table if exists "training"."training_profile" cascade;`);

    this.addSql(`drop type "training"."claim_status";`);
  }

}
