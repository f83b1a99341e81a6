import { Migration } from '@mikro-orm/migrations';

/** Issue 10: training's replica of the unit tree (unit → parent), for compliance roll-ups over sub-units. */
export class Migration20261202160831_unit_tree extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "training"."unit_tree" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "unit_id" uuid not null, "parent_unit_id" uuid null, "short_name" varchar(60) not null, constraint "unit_tree_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."unit_tree" add constraint "unit_tree_unit_id_unique" unique ("unit_id");`);
    this.addSql(`create index "unit_tree_parent_unit_id_index" on "training"."unit_tree" ("parent_unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."unit_tree" cascade;`);
  }
}
