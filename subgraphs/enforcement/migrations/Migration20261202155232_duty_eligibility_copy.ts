import { Migration } from '@mikro-orm/migrations';

/** 持证上岗: enforcement's copy of officers' duty eligibility, fed by training's `duty-eligibility.changed`. */
export class Migration20261202155232_duty_eligibility_copy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "enforcement"."officer_duty_eligibility" ("officer_id" uuid not null, "eligible" boolean not null, "reasons" jsonb not null, "as_of" timestamptz not null, constraint "officer_duty_eligibility_pkey" primary key ("officer_id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enforcement"."officer_duty_eligibility" cascade;`);
  }
}
