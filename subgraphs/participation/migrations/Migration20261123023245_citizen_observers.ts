import { Migration } from '@mikro-orm/migrations';

export class Migration20261123023245_citizen_observers extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "participation"."observer_appointment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject" varchar(64) not null, "name" varchar(50) not null, "term_starts_on" date not null, "term_ends_on" date not null, "appointed_by" varchar(64) null, constraint "observer_appointment_pkey" primary key ("id"));`);
    this.addSql(`create index "observer_appointment_term_ends_on_index" on "participation"."observer_appointment" ("term_ends_on");`);
    this.addSql(`create index "observer_appointment_term_starts_on_term_ends_on_index" on "participation"."observer_appointment" ("term_starts_on", "term_ends_on");`);
    this.addSql(`create index "observer_appointment_subject_term_starts_on_index" on "participation"."observer_appointment" ("subject", "term_starts_on");`);

    this.addSql(`alter table "participation"."officer_feedback" add column "from_observer" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participation"."observer_appointment" cascade;`);

    this.addSql(`alter table "participation"."officer_feedback" drop column "from_observer";`);
  }

}
