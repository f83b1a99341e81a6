import { Migration } from '@mikro-orm/migrations';

/**
 * 以劳代罚: an officer enrols the party (who need not be a registered volunteer, so `volunteer_id` may be null),
 * the sign-up records who serves and who enrolled; participation's copy learns the case's unit and its withdrawal.
 */
export class Migration20261202165218_labor_enrolment extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "participation"."activity_sign_up" add column "served_by" varchar(64) null, add column "enrolled_by" varchar(64) null;`);
    this.addSql(`alter table "participation"."activity_sign_up" alter column "volunteer_id" drop not null;`);
    this.addSql(`create index "activity_sign_up_served_by_starts_at_index" on "participation"."activity_sign_up" ("served_by", "starts_at");`);
    this.addSql(`alter table "participation"."labor_assignment" add column "unit_id" uuid null, add column "withdrawn_at" timestamptz null, add column "withdrawn_cause" varchar(16) null, add column "withdrawn_reason" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "participation"."activity_sign_up_served_by_starts_at_index";`);
    this.addSql(`alter table "participation"."activity_sign_up" drop column "served_by", drop column "enrolled_by";`);
    this.addSql(`delete from "participation"."activity_sign_up" where "volunteer_id" is null;`);
    this.addSql(`alter table "participation"."activity_sign_up" alter column "volunteer_id" set not null;`);
    this.addSql(`alter table "participation"."labor_assignment" drop column "unit_id", drop column "withdrawn_at", drop column "withdrawn_cause", drop column "withdrawn_reason";`);
  }
}
