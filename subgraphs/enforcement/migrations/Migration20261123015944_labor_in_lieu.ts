import { Migration } from '@mikro-orm/migrations';

export class Migration20261123015944_labor_in_lieu extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "enforcement"."labor_status" as enum ('ASSIGNED', 'FULFILLED', 'LAPSED');`);
    this.addSql(`alter table "enforcement"."disposition" add column "activity_id" uuid null, add column "labor_hours_verified" numeric(6,1) null, add column "labor_due_at" timestamptz null, add column "labor_status" "enforcement"."labor_status" null;`);
    this.addSql(`create index "disposition_labor_due_at_index" on "enforcement"."disposition" ("labor_due_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "enforcement"."disposition_labor_due_at_index";`);
    this.addSql(`alter table "enforcement"."disposition" drop column "activity_id", drop column "labor_hours_verified", drop column "labor_due_at", drop column "labor_status";`);

    this.addSql(`drop type "enforcement"."labor_status";`);
  }

}
