import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013428_participation_domain extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "participation"."activity_kind" as enum ('CIVILITY_PERSUASION', 'CLEAN_UP', 'TRAFFIC_GUIDANCE', 'SCHOOL_SAFETY', 'OUTREACH', 'OPEN_DAY', 'LABOR_IN_LIEU');`);
    this.addSql(`create type "participation"."hours_status" as enum ('PENDING', 'APPROVED', 'DECLINED');`);
    this.addSql(`create type "participation"."feedback_kind" as enum ('PRAISE', 'COMPLAINT');`);
    this.addSql(`create type "participation"."feedback_status" as enum ('RECEIVED', 'SUBSTANTIATED', 'UNSUBSTANTIATED');`);
    this.addSql(`create type "participation"."point_reason" as enum ('VOLUNTEER_HOURS', 'VALID_REPORT', 'REDEMPTION');`);
    this.addSql(`create type "participation"."report_actor_role" as enum ('CITIZEN', 'OFFICER', 'SUPERVISOR', 'ADMIN', 'SYSTEM');`);
    this.addSql(`create type "participation"."rating_round_status" as enum ('OPEN', 'CLOSED');`);
    this.addSql(`create type "participation"."score_source" as enum ('INSPECTOR', 'PUBLIC');`);
    this.addSql(`create type "participation"."volunteer_skill" as enum ('PERSUASION', 'TRAFFIC', 'FIRST_AID', 'PHOTOGRAPHY', 'PUBLICITY', 'FOREIGN_LANGUAGE', 'LAW', 'CLEANING');`);
    this.addSql(`create type "participation"."volunteer_status" as enum ('PENDING', 'ACTIVE', 'REJECTED', 'SUSPENDED');`);
    this.addSql(`create table "participation"."activity" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "participation"."activity_kind" not null, "title" varchar(100) not null, "description" text not null, "grid_code" varchar(20) not null, "location" varchar(200) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "capacity" int not null, "signed_up_count" int not null default 0, "organizer_officer_id" uuid null, constraint "activity_pkey" primary key ("id"));`);
    this.addSql(`create index "activity_kind_index" on "participation"."activity" ("kind");`);
    this.addSql(`create index "activity_grid_code_index" on "participation"."activity" ("grid_code");`);
    this.addSql(`create index "activity_starts_at_id_index" on "participation"."activity" ("starts_at", "id");`);

    this.addSql(`create table "participation"."activity_sign_up" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "activity_id" uuid not null, "volunteer_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "checked_in_at" timestamptz null, "checked_out_at" timestamptz null, "hours" double precision null, "hours_status" "participation"."hours_status" null, "review_note" text null, constraint "activity_sign_up_pkey" primary key ("id"));`);
    this.addSql(`create index "activity_sign_up_hours_status_index" on "participation"."activity_sign_up" ("hours_status");`);
    this.addSql(`create index "activity_sign_up_volunteer_id_starts_at_index" on "participation"."activity_sign_up" ("volunteer_id", "starts_at");`);
    this.addSql(`alter table "participation"."activity_sign_up" add constraint "activity_sign_up_activity_id_volunteer_id_unique" unique ("activity_id", "volunteer_id");`);

    this.addSql(`create table "participation"."officer_feedback" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "kind" "participation"."feedback_kind" not null, "content" text not null, "submitter_subject" varchar(64) null, "contact_phone" varchar(20) null, "status" "participation"."feedback_status" not null default 'RECEIVED', "investigation_note" text null, "investigated_at" timestamptz null, constraint "officer_feedback_pkey" primary key ("id"));`);
    this.addSql(`create index "officer_feedback_status_index" on "participation"."officer_feedback" ("status");`);
    this.addSql(`create index "officer_feedback_created_at_id_index" on "participation"."officer_feedback" ("created_at", "id");`);
    this.addSql(`create index "officer_feedback_officer_id_kind_index" on "participation"."officer_feedback" ("officer_id", "kind");`);

    this.addSql(`create table "participation"."point_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "volunteer_id" uuid not null, "amount" int not null, "reason" "participation"."point_reason" not null, "source_id" uuid not null, "note" varchar(200) not null, "occurred_at" timestamptz not null, constraint "point_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "point_entry_occurred_at_index" on "participation"."point_entry" ("occurred_at");`);
    this.addSql(`create index "point_entry_volunteer_id_occurred_at_index" on "participation"."point_entry" ("volunteer_id", "occurred_at");`);
    this.addSql(`alter table "participation"."point_entry" add constraint "point_entry_reason_source_id_unique" unique ("reason", "source_id");`);

    this.addSql(`create table "participation"."rate_limit_window" ("bucket" varchar(120) not null, "window_start" timestamptz not null, "hits" int not null default 0, constraint "rate_limit_window_pkey" primary key ("bucket", "window_start"));`);

    this.addSql(`create table "participation"."redemption" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "volunteer_id" uuid not null, "reward_id" uuid not null, "cost" int not null, constraint "redemption_pkey" primary key ("id"));`);
    this.addSql(`create index "redemption_volunteer_id_created_at_index" on "participation"."redemption" ("volunteer_id", "created_at");`);

    this.addSql(`create table "participation"."report_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "report_id" uuid not null, "from_status" "participation"."report_status" null, "to_status" "participation"."report_status" not null, "note" text not null, "actor_role" "participation"."report_actor_role" not null, "actor_subject" varchar(64) null, "occurred_at" timestamptz not null, constraint "report_event_pkey" primary key ("id"));`);
    this.addSql(`create index "report_event_report_id_occurred_at_index" on "participation"."report_event" ("report_id", "occurred_at");`);

    this.addSql(`create table "participation"."reward" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(100) not null, "description" text not null, "cost" int not null, "available" boolean not null default true, constraint "reward_pkey" primary key ("id"));`);
    this.addSql(`alter table "participation"."reward" add constraint "reward_code_unique" unique ("code");`);

    this.addSql(`create table "participation"."street_rating_round" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "title" varchar(100) not null, "opens_at" timestamptz not null, "closes_at" timestamptz not null, "status" "participation"."rating_round_status" not null default 'OPEN', constraint "street_rating_round_pkey" primary key ("id"));`);
    this.addSql(`create index "street_rating_round_opens_at_id_index" on "participation"."street_rating_round" ("opens_at", "id");`);

    this.addSql(`create table "participation"."street_score" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "round_id" uuid not null, "grid_code" varchar(20) not null, "source" "participation"."score_source" not null, "scorer_subject" varchar(64) not null, "sanitation" smallint not null, "order_score" smallint not null, "greening" smallint not null, "facilities" smallint not null, constraint "street_score_pkey" primary key ("id"));`);
    this.addSql(`create index "street_score_round_id_grid_code_index" on "participation"."street_score" ("round_id", "grid_code");`);
    this.addSql(`alter table "participation"."street_score" add constraint "street_score_round_id_grid_code_scorer_subject_unique" unique ("round_id", "grid_code", "scorer_subject");`);

    this.addSql(`create table "participation"."volunteer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "subject" varchar(64) not null, "name" varchar(40) not null, "phone" varchar(20) not null, "skills" "participation"."volunteer_skill"[] not null, "status" "participation"."volunteer_status" not null default 'PENDING', "grid_code" varchar(20) null, "vetting_note" text null, "vetted_at" timestamptz null, constraint "volunteer_pkey" primary key ("id"));`);
    this.addSql(`alter table "participation"."volunteer" add constraint "volunteer_subject_unique" unique ("subject");`);
    this.addSql(`create index "volunteer_status_index" on "participation"."volunteer" ("status");`);
    this.addSql(`create index "volunteer_grid_code_index" on "participation"."volunteer" ("grid_code");`);

    this.addSql(`alter table "participation"."report" add column "reporter_secret_hash" varchar(64) null, add column "duplicate_of_id" uuid null, add column "needs_manual_triage" boolean not null default false, add column "dispute_count" int not null default 0, add column "first_response_at" timestamptz null, add column "resolved_at" timestamptz null, add column "rating" smallint null, add column "rating_comment" text null, add column "rated_at" timestamptz null;`);
    this.addSql(`create index "report_duplicate_of_id_index" on "participation"."report" ("duplicate_of_id");`);
    this.addSql(`create index "report_needs_manual_triage_index" on "participation"."report" ("needs_manual_triage");`);
    this.addSql(`create index "report_category_submitted_at_index" on "participation"."report" ("category", "submitted_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participation"."activity" cascade;`);

    this.addSql(`drop table if exists "participation"."activity_sign_up" cascade;`);

    this.addSql(`drop table if exists "participation"."officer_feedback" cascade;`);

    this.addSql(`drop table if exists "participation"."point_entry" cascade;`);

    this.addSql(`drop table if exists "participation"."rate_limit_window" cascade;`);

    this.addSql(`drop table if exists "participation"."redemption" cascade;`);

    this.addSql(`drop table if exists "participation"."report_event" cascade;`);

    this.addSql(`drop table if exists "participation"."reward" cascade;`);

    this.addSql(`drop table if exists "participation"."street_rating_round" cascade;`);

    this.addSql(`drop table if exists "participation"."street_score" cascade;`);

    this.addSql(`drop table if exists "participation"."volunteer" cascade;`);

    this.addSql(`drop index "participation"."report_duplicate_of_id_index";`);
    this.addSql(`drop index "participation"."report_needs_manual_triage_index";`);
    this.addSql(`drop index "participation"."report_category_submitted_at_index";`);
    this.addSql(`alter table "participation"."report" drop column "reporter_secret_hash", drop column "duplicate_of_id", drop column "needs_manual_triage", drop column "dispute_count", drop column "first_response_at", drop column "resolved_at", drop column "rating", drop column "rating_comment", drop column "rated_at";`);

    this.addSql(`drop type "participation"."activity_kind";`);
    this.addSql(`drop type "participation"."hours_status";`);
    this.addSql(`drop type "participation"."feedback_kind";`);
    this.addSql(`drop type "participation"."feedback_status";`);
    this.addSql(`drop type "participation"."point_reason";`);
    this.addSql(`drop type "participation"."report_actor_role";`);
    this.addSql(`drop type "participation"."rating_round_status";`);
    this.addSql(`drop type "participation"."score_source";`);
    this.addSql(`drop type "participation"."volunteer_skill";`);
    this.addSql(`drop type "participation"."volunteer_status";`);
  }

}
