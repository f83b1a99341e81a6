import { Migration } from '@mikro-orm/migrations';

/** 以劳代罚 bound to the party: participation's copy of labor-in-lieu dispositions (fed by `labor.assigned`). */
export class Migration20261202154847_labor_assignment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "participation"."labor_assignment" ("id" uuid not null, "activity_id" uuid not null, "served_by" varchar(64) not null, "due_at" timestamptz not null, constraint "labor_assignment_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participation"."labor_assignment" cascade;`);
  }
}
