import { Migration } from '@mikro-orm/migrations';

export class Migration20261123004842 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "training";`);
    this.addSql(`create type "training"."course_category" as enum ('LAW_AND_REGULATION', 'COMMUNICATION', 'SERVICE_MINDSET', 'FLEXIBLE_ENFORCEMENT', 'EMERGENCY_HANDLING', 'DOCUMENT_WRITING', 'DIGITAL_TOOLS');`);
    this.addSql(`create type "training"."hours_cause" as enum ('COURSE_COMPLETION', 'EXTERNAL_TRAINING', 'CORRECTION');`);
    this.addSql(`create table "training"."course" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "title" varchar(120) not null, "category" "training"."course_category" not null, "summary" text not null, "credit_hours" numeric(5,1) not null, "published" boolean not null default false, constraint "course_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."course" add constraint "course_code_unique" unique ("code");`);
    this.addSql(`create index "course_category_index" on "training"."course" ("category");`);

    this.addSql(`create table "training"."training_hours_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "year" smallint not null, "hours" numeric(5,1) not null, "category" "training"."course_category" not null, "cause" "training"."hours_cause" not null, "note" varchar(200) not null, constraint "training_hours_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "training_hours_entry_officer_id_year_index" on "training"."training_hours_entry" ("officer_id", "year");`);
  }

}
