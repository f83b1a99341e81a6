import { Migration } from '@mikro-orm/migrations';

export class Migration20261123014444_mentoring extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "training"."mentorship_status" as enum ('ACTIVE', 'SIGNED_OFF');`);
    this.addSql(`create table "training"."mentoring_check_in" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "mentorship_id" uuid not null, "occurred_on" date not null, "note" varchar(1000) not null, "logged_by" varchar(80) not null, constraint "mentoring_check_in_pkey" primary key ("id"));`);
    this.addSql(`create index "mentoring_check_in_mentorship_id_index" on "training"."mentoring_check_in" ("mentorship_id");`);

    this.addSql(`create table "training"."mentorship" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "mentor_id" uuid not null, "mentee_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "goals" text[] not null, "status" "training"."mentorship_status" not null default 'ACTIVE', "signed_off_at" timestamptz null, "sign_off_note" varchar(500) null, "mentee_rating" smallint null, "mentee_feedback" varchar(500) null, constraint "mentorship_pkey" primary key ("id"));`);
    this.addSql(`create index "mentorship_mentor_id_index" on "training"."mentorship" ("mentor_id");`);
    this.addSql(`create index "mentorship_mentee_id_index" on "training"."mentorship" ("mentee_id");`);
    this.addSql(`create unique index "mentorship_one_active_per_mentee" on "training"."mentorship" ("mentee_id") where "status" = 'ACTIVE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."mentoring_check_in" cascade;`);

    this.addSql(`drop table if exists "training"."mentorship" cascade;`);

    this.addSql(`drop type "training"."mentorship_status";`);
  }

}
