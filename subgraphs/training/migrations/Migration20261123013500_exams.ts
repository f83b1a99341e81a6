import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013500_exams extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "training"."exam_kind" as enum ('PRACTICE', 'CERTIFICATION');`);
    this.addSql(`create type "training"."paper_mode" as enum ('FIXED', 'RANDOM');`);
    this.addSql(`create type "training"."counting_policy" as enum ('HIGHEST', 'LAST');`);
    this.addSql(`create type "training"."attempt_status" as enum ('IN_PROGRESS', 'GRADED');`);
    this.addSql(`create type "training"."question_type" as enum ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER');`);
    this.addSql(`create type "training"."difficulty" as enum ('EASY', 'MEDIUM', 'HARD');`);
    this.addSql(`create table "training"."attempt_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "attempt_id" uuid not null, "position" smallint not null, "question_id" uuid not null, "question_version_id" uuid not null, "option_order" text[] not null, "selected_keys" text[] null, "answer_text" text null, "answered_at" timestamptz null, "score" numeric(4,2) null, constraint "attempt_item_pkey" primary key ("id"));`);
    this.addSql(`create index "attempt_item_question_id_index" on "training"."attempt_item" ("question_id");`);
    this.addSql(`create index "attempt_item_question_version_id_index" on "training"."attempt_item" ("question_version_id");`);
    this.addSql(`alter table "training"."attempt_item" add constraint "attempt_item_attempt_id_position_unique" unique ("attempt_id", "position");`);

    this.addSql(`create table "training"."exam" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "title" varchar(120) not null, "kind" "training"."exam_kind" not null, "mode" "training"."paper_mode" not null, "question_ids" text[] not null default '{}', "rules" jsonb not null, "time_limit_minutes" smallint not null, "pass_mark_percent" smallint not null, "max_attempts" smallint not null, "counting_policy" "training"."counting_policy" not null, "available_from" timestamptz not null, "available_until" timestamptz not null, "published" boolean not null default false, constraint "exam_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."exam" add constraint "exam_code_unique" unique ("code");`);

    this.addSql(`create table "training"."exam_attempt" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "exam_id" uuid not null, "officer_id" uuid not null, "attempt_no" smallint not null, "status" "training"."attempt_status" not null default 'IN_PROGRESS', "started_at" timestamptz not null, "deadline" timestamptz not null, "submitted_at" timestamptz null, "expired" boolean not null default false, "score_percent" numeric(5,2) null, "passed" boolean null, constraint "exam_attempt_pkey" primary key ("id"));`);
    this.addSql(`create index "exam_attempt_exam_id_index" on "training"."exam_attempt" ("exam_id");`);
    this.addSql(`create index "exam_attempt_officer_id_exam_id_index" on "training"."exam_attempt" ("officer_id", "exam_id");`);
    this.addSql(`create unique index "exam_attempt_one_in_progress" on "training"."exam_attempt" ("exam_id", "officer_id") where "status" = 'IN_PROGRESS';`);

    this.addSql(`create table "training"."question" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "type" "training"."question_type" not null, "topic" varchar(40) not null, "law_article" varchar(80) null, "difficulty" "training"."difficulty" not null, "current_version" smallint not null default 1, constraint "question_pkey" primary key ("id"));`);
    this.addSql(`create index "question_topic_difficulty_index" on "training"."question" ("topic", "difficulty");`);

    this.addSql(`create table "training"."question_version" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "question_id" uuid not null, "version" smallint not null, "stem" text not null, "options" jsonb not null, "keywords" text[] not null, "explanation" text not null, "authored_by" varchar(80) null, constraint "question_version_pkey" primary key ("id"));`);
    this.addSql(`create index "question_version_question_id_index" on "training"."question_version" ("question_id");`);
    this.addSql(`alter table "training"."question_version" add constraint "question_version_question_id_version_unique" unique ("question_id", "version");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."attempt_item" cascade;`);

    this.addSql(`drop table if exists "training"."exam" cascade;`);

    this.addSql(`drop table if exists "training"."exam_attempt" cascade;`);

    this.addSql(`drop table if exists "training"."question" cascade;`);

    this.addSql(`drop table if exists "training"."question_version" cascade;`);

    this.addSql(`drop type "training"."exam_kind";`);
    this.addSql(`drop type "training"."paper_mode";`);
    this.addSql(`drop type "training"."counting_policy";`);
    this.addSql(`drop type "training"."attempt_status";`);
    this.addSql(`drop type "training"."question_type";`);
    this.addSql(`drop type "training"."difficulty";`);
  }

}
