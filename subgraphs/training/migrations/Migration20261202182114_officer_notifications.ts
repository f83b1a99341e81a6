import { Migration } from '@mikro-orm/migrations';

/** Issue 10: notifications stored once per (officer, dedup key), produced by events and the notification job. */
export class Migration20261202182114_officer_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "training"."training_notification_kind" as enum ('NEW_ASSIGNMENT', 'DUE_DATE_CHANGED', 'DUE_SOON', 'OVERDUE', 'CERTIFICATION_EXPIRING', 'CERTIFICATION_EXPIRED', 'EXAM_GRADED', 'EXTERNAL_CLAIM_DECIDED');`);
    this.addSql(`create table "training"."officer_notification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "kind" "training"."training_notification_kind" not null, "dedup_key" varchar(120) not null, "subject_id" uuid not null, "title" varchar(40) not null, "body" text not null, "occurred_on" date not null, "due_on" date null, "enrollment_id" uuid null, "course_id" uuid null, "exam_id" uuid null, "certification_id" uuid null, "attempt_id" uuid null, "claim_id" uuid null, "read_at" timestamptz null, constraint "officer_notification_pkey" primary key ("id"));`);
    this.addSql(`create index "officer_notification_officer_id_occurred_on_index" on "training"."officer_notification" ("officer_id", "occurred_on");`);
    this.addSql(`alter table "training"."officer_notification" add constraint "officer_notification_officer_id_dedup_key_unique" unique ("officer_id", "dedup_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."officer_notification" cascade;`);
    this.addSql(`drop type "training"."training_notification_kind";`);
  }
}
