import { Migration } from '@mikro-orm/migrations';

/** Issue 9: participation's outbox-fed copy of closed enforcement cases (checks follow-up surveys). */
export class Migration20261202130200_closed_case extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "participation"."closed_case" ("id" uuid not null, "unit_id" uuid not null, "closed_at" timestamptz not null, constraint "closed_case_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participation"."closed_case" cascade;`);
  }

}
