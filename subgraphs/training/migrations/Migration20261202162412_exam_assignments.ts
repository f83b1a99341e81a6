import { Migration } from '@mikro-orm/migrations';

/** Issue 10 part B: exams assigned to officers (one per officer and exam) with a due date. */
export class Migration20261202162412_exam_assignments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "training"."exam_assignment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "exam_id" uuid not null, "officer_id" uuid not null, "due_on" date not null, "assigned_by" varchar(80) not null, constraint "exam_assignment_pkey" primary key ("id"));`);
    this.addSql(`create index "exam_assignment_exam_id_index" on "training"."exam_assignment" ("exam_id");`);
    this.addSql(`alter table "training"."exam_assignment" add constraint "exam_assignment_officer_id_exam_id_unique" unique ("officer_id", "exam_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."exam_assignment" cascade;`);
  }
}
