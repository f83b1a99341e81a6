import { Migration } from '@mikro-orm/migrations';

/** Issue 10: per-officer exam overrides (extra attempts, personal window), one per exam and officer. */
export class Migration20261202134500_exam_overrides extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "training"."exam_override" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "exam_id" uuid not null, "officer_id" uuid not null, "extra_attempts" smallint not null, "available_from" timestamptz null, "available_until" timestamptz null, "reason" varchar(300) not null, "granted_by" varchar(80) not null, constraint "exam_override_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."exam_override" add constraint "exam_override_exam_id_officer_id_unique" unique ("exam_id", "officer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."exam_override" cascade;`);
  }
}
