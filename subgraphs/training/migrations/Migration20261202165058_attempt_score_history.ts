import { Migration } from '@mikro-orm/migrations';

/** 成绩变更史: one row per regrade of an attempt (who, when, old/new score and pass, why). */
export class Migration20261202165058_attempt_score_history extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training"."attempt_score_change" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "attempt_id" uuid not null, "changed_by" varchar(80) not null, "changed_at" timestamptz not null, "old_score_percent" numeric(5,2) null, "new_score_percent" numeric(5,2) null, "old_passed" boolean null, "new_passed" boolean null, "question_id" uuid not null, "from_version" smallint not null, "to_version" smallint not null, "reason" varchar(200) not null, constraint "attempt_score_change_pkey" primary key ("id"));`);
    this.addSql(`create index "attempt_score_change_attempt_id_changed_at_index" on "training"."attempt_score_change" ("attempt_id", "changed_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."attempt_score_change" cascade;`);
  }

}
