import { Migration } from '@mikro-orm/migrations';

/** Training's copy of typical cases (drill sources) and the duty eligibility it last published. */
export class Migration20261202155259_typical_case_duty_state extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "training"."duty_eligibility_state" ("officer_id" uuid not null, "eligible" boolean not null, "reasons" jsonb not null, "published_at" timestamptz not null, constraint "duty_eligibility_state_pkey" primary key ("officer_id"));`);
    this.addSql(`create table "training"."typical_case" ("id" uuid not null, "summary" text not null, "marked_at" timestamptz not null, constraint "typical_case_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."duty_eligibility_state" cascade;`);
    this.addSql(`drop table if exists "training"."typical_case" cascade;`);
  }
}
