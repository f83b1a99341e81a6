import { Migration } from '@mikro-orm/migrations';

export class Migration20261123020436_satisfaction_survey extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "participation"."survey_subject" as enum ('REPORT', 'CASE_FOLLOW_UP');`);
    this.addSql(`create table "participation"."satisfaction_survey" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject" "participation"."survey_subject" not null, "target_id" uuid not null, "speed" smallint not null, "attitude" smallint not null, "outcome" smallint not null, "comment" text null, "answered_at" timestamptz not null, constraint "satisfaction_survey_pkey" primary key ("id"));`);
    this.addSql(`create index "satisfaction_survey_answered_at_index" on "participation"."satisfaction_survey" ("answered_at");`);
    this.addSql(`alter table "participation"."satisfaction_survey" add constraint "satisfaction_survey_subject_target_id_unique" unique ("subject", "target_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participation"."satisfaction_survey" cascade;`);

    this.addSql(`drop type "participation"."survey_subject";`);
  }

}
