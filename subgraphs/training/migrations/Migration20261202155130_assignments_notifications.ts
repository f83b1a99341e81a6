import { Migration } from '@mikro-orm/migrations';

/** Issue 10 part B: per-officer due-date changes and notification read marks (the unit tree is unit_tree, 20261202160831). */
export class Migration20261202155130_assignments_notifications extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "training"."assignment_due_override" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "enrollment_id" uuid not null, "previous_due_on" date not null, "due_on" date not null, "reason" varchar(300) not null, "granted_by" varchar(80) not null, constraint "assignment_due_override_pkey" primary key ("id"));`);
    this.addSql(`create index "assignment_due_override_enrollment_id_index" on "training"."assignment_due_override" ("enrollment_id");`);

    this.addSql(`create table "training"."notification_read" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "notification_key" varchar(120) not null, constraint "notification_read_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."notification_read" add constraint "notification_read_officer_id_notification_key_unique" unique ("officer_id", "notification_key");`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."assignment_due_override" cascade;`);

    this.addSql(`drop table if exists "training"."notification_read" cascade;`);

  }
}
