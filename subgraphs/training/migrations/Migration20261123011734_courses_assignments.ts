import { Migration } from '@mikro-orm/migrations';

export class Migration20261123011734_courses_assignments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "training"."enrollment_status" as enum ('ASSIGNED', 'IN_PROGRESS', 'COMPLETED');`);
    this.addSql(`create table "training"."cohort" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(60) not null, "officer_ids" text[] not null, constraint "cohort_pkey" primary key ("id"));`);

    this.addSql(`create table "training"."enrollment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "course_id" uuid not null, "status" "training"."enrollment_status" not null default 'ASSIGNED', "due_on" date null, "assigned_by" varchar(80) null, "started_at" timestamptz null, "completed_at" timestamptz null, constraint "enrollment_pkey" primary key ("id"));`);
    this.addSql(`create index "enrollment_course_id_index" on "training"."enrollment" ("course_id");`);
    this.addSql(`create index "enrollment_due_on_status_index" on "training"."enrollment" ("due_on", "status");`);
    this.addSql(`alter table "training"."enrollment" add constraint "enrollment_officer_id_course_id_unique" unique ("officer_id", "course_id");`);

    this.addSql(`create table "training"."lesson" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "course_id" uuid not null, "position" smallint not null, "title" varchar(120) not null, "content_summary" text not null, "minutes" smallint not null, constraint "lesson_pkey" primary key ("id"));`);
    this.addSql(`create index "lesson_course_id_index" on "training"."lesson" ("course_id");`);
    this.addSql(`alter table "training"."lesson" add constraint "lesson_course_id_position_unique" unique ("course_id", "position");`);

    this.addSql(`create table "training"."lesson_progress" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enrollment_id" uuid not null, "lesson_id" uuid not null, constraint "lesson_progress_pkey" primary key ("id"));`);
    this.addSql(`create index "lesson_progress_enrollment_id_index" on "training"."lesson_progress" ("enrollment_id");`);
    this.addSql(`alter table "training"."lesson_progress" add constraint "lesson_progress_enrollment_id_lesson_id_unique" unique ("enrollment_id", "lesson_id");`);

    this.addSql(`alter table "training"."course" add column "prerequisite_ids" text[] not null default '{}', add column "mandatory_for" text[] not null default '{}';`);

    this.addSql(`alter table "training"."training_hours_entry" add column "source_key" varchar(80) null, add column "recorded_by" varchar(80) null;`);
    this.addSql(`alter table "training"."training_hours_entry" add constraint "training_hours_entry_source_key_unique" unique ("source_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."cohort" cascade;`);

    this.addSql(`drop table if exists "training"."enrollment" cascade;`);

    this.addSql(`drop table if exists "training"."lesson" cascade;`);

    this.addSql(`drop table if exists "training"."lesson_progress" cascade;`);

    this.addSql(`alter table "training"."course" drop column "prerequisite_ids", drop column "mandatory_for";`);

    this.addSql(`alter table "training"."training_hours_entry" drop constraint "training_hours_entry_source_key_unique";`);
    this.addSql(`alter table "training"."training_hours_entry" drop column "source_key", drop column "recorded_by";`);

    this.addSql(`drop type "training"."enrollment_status";`);
  }

}
