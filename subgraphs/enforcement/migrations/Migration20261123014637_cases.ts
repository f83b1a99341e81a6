import { Migration } from '@mikro-orm/migrations';

export class Migration20261123014637_cases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "enforcement"."credit_mark" as enum ('RED_FLOWER', 'BLACK_DOT');`);
    this.addSql(`create type "enforcement"."disposition_kind" as enum ('SERVICE', 'WARNING', 'RECTIFICATION_NOTICE', 'PENALTY', 'LABOR_IN_LIEU');`);
    this.addSql(`create type "enforcement"."business_type" as enum ('CATERING', 'CULTURAL_CREATIVE', 'MOBILE_VENDOR', 'RETAIL', 'SERVICES', 'CONSTRUCTION', 'BIKE_SHARING');`);
    this.addSql(`create type "enforcement"."case_status" as enum ('REPORTED', 'FILED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED', 'CLOSED', 'REJECTED', 'REFERRED');`);
    this.addSql(`create type "enforcement"."case_source" as enum ('PATROL', 'CITIZEN_REPORT', 'DEVICE', 'DEPARTMENT_REFERRAL', 'VOLUNTEER');`);
    this.addSql(`create type "enforcement"."party_kind" as enum ('MERCHANT', 'PERSON');`);
    this.addSql(`create type "enforcement"."case_track" as enum ('SERVICE', 'MANAGEMENT', 'ENFORCEMENT');`);
    this.addSql(`create type "enforcement"."penalty_procedure" as enum ('SIMPLE', 'GENERAL');`);
    this.addSql(`create type "enforcement"."evidence_kind" as enum ('RECORDING', 'PHOTO', 'STATEMENT');`);
    this.addSql(`create type "enforcement"."disposition_colour" as enum ('NONE', 'YELLOW', 'ORANGE', 'RED');`);
    this.addSql(`create type "enforcement"."whistle_urgency" as enum ('NORMAL', 'URGENT');`);
    this.addSql(`create table "enforcement"."case_event" ("id" uuid not null, "case_id" uuid not null, "seq" int not null, "action" varchar(40) not null, "actor_subject" varchar(64) null, "at" timestamptz not null, "reason" text null, "before" jsonb null, "after" jsonb null, "prev_hash" varchar(64) null, "hash" varchar(64) not null, constraint "case_event_pkey" primary key ("id"));`);
    this.addSql(`create index "case_event_case_id_index" on "enforcement"."case_event" ("case_id");`);
    this.addSql(`alter table "enforcement"."case_event" add constraint "case_event_case_id_seq_unique" unique ("case_id", "seq");`);

    this.addSql(`create table "enforcement"."case_number_counter" ("year" int not null, "last" int not null, constraint "case_number_counter_pkey" primary key ("year"));`);

    this.addSql(`create table "enforcement"."merchant_credit_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "merchant_id" uuid not null, "mark" "enforcement"."credit_mark" not null, "points" smallint not null, "reason" varchar(300) not null, "case_id" uuid null, "disposition_kind" "enforcement"."disposition_kind" null, "at" timestamptz not null, "recorded_by" varchar(64) not null, constraint "merchant_credit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "merchant_credit_entry_merchant_id_at_index" on "enforcement"."merchant_credit_entry" ("merchant_id", "at");`);

    this.addSql(`create table "enforcement"."department" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "short_name" varchar(20) not null, "duty_phone" varchar(20) null, constraint "department_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."department" add constraint "department_name_unique" unique ("name");`);

    this.addSql(`create table "enforcement"."merchant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "credit_code" varchar(18) null, "business_type" "enforcement"."business_type" not null, "address" varchar(200) not null, "operator_name" varchar(40) not null, "operator_phone" varchar(20) null, constraint "merchant_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."merchant" add constraint "merchant_credit_code_unique" unique ("credit_code");`);
    this.addSql(`create index "merchant_business_type_index" on "enforcement"."merchant" ("business_type");`);

    this.addSql(`create table "enforcement"."person" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(40) not null, "id_number" varchar(18) not null, "phone" varchar(20) null, constraint "person_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."person" add constraint "person_id_number_unique" unique ("id_number");`);

    this.addSql(`create table "enforcement"."case" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "idempotency_key" varchar(80) null, "status" "enforcement"."case_status" not null default 'REPORTED', "source" "enforcement"."case_source" not null, "violation_type_code" varchar(16) not null, "party_kind" "enforcement"."party_kind" not null, "party_id" uuid not null, "grid_cell_code" varchar(20) not null, "unit_id" uuid not null, "description" text not null, "lat" double precision not null, "lng" double precision not null, "address" varchar(200) not null, "minor_harm" boolean not null, "corrected_on_spot" boolean not null, "occurred_at" timestamptz not null, "filed_at" timestamptz null, "due_at" timestamptz null, "closed_at" timestamptz null, "assignee_id" uuid null, "track" "enforcement"."case_track" null, "procedure" "enforcement"."penalty_procedure" null, "followed_up_at" timestamptz null, "is_typical_case" boolean not null default false, "rework_count" int not null default 0, constraint "case_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."case" add constraint "case_number_unique" unique ("number");`);
    this.addSql(`alter table "enforcement"."case" add constraint "case_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "case_status_index" on "enforcement"."case" ("status");`);
    this.addSql(`create index "case_violation_type_code_index" on "enforcement"."case" ("violation_type_code");`);
    this.addSql(`create index "case_party_id_index" on "enforcement"."case" ("party_id");`);
    this.addSql(`create index "case_grid_cell_code_index" on "enforcement"."case" ("grid_cell_code");`);
    this.addSql(`create index "case_unit_id_index" on "enforcement"."case" ("unit_id");`);
    this.addSql(`create index "case_due_at_index" on "enforcement"."case" ("due_at");`);
    this.addSql(`create index "case_assignee_id_index" on "enforcement"."case" ("assignee_id");`);
    this.addSql(`create index "case_track_index" on "enforcement"."case" ("track");`);
    this.addSql(`create index "case_followed_up_at_index" on "enforcement"."case" ("followed_up_at");`);
    this.addSql(`create index "case_is_typical_case_index" on "enforcement"."case" ("is_typical_case");`);
    this.addSql(`create index "case_occurred_at_id_index" on "enforcement"."case" ("occurred_at", "id");`);

    this.addSql(`create table "enforcement"."follow_up" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "visited_at" timestamptz not null, "satisfaction" smallint not null, "comment" text null, "on_time" boolean not null, "visited_by" varchar(64) not null, constraint "follow_up_pkey" primary key ("id"));`);
    this.addSql(`create index "follow_up_case_id_index" on "enforcement"."follow_up" ("case_id");`);
    this.addSql(`alter table "enforcement"."follow_up" add constraint "follow_up_case_id_unique" unique ("case_id");`);

    this.addSql(`create table "enforcement"."evidence" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "kind" "enforcement"."evidence_kind" not null, "uri" varchar(500) not null, "sha256" varchar(64) not null, "captured_by" varchar(64) not null, "captured_at" timestamptz not null, constraint "evidence_pkey" primary key ("id"));`);
    this.addSql(`create index "evidence_case_id_index" on "enforcement"."evidence" ("case_id");`);

    this.addSql(`create table "enforcement"."disposition" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "kind" "enforcement"."disposition_kind" not null, "colour" "enforcement"."disposition_colour" not null, "recommended_kind" "enforcement"."disposition_kind" not null, "deviation_reason" text null, "fine_yuan" int null, "labor_hours" int null, "rectify_by" timestamptz null, "rectified_at" timestamptz null, "procedure" "enforcement"."penalty_procedure" null, "decision_due_at" timestamptz null, "decided_by" varchar(64) not null, "decided_at" timestamptz not null, constraint "disposition_pkey" primary key ("id"));`);
    this.addSql(`create index "disposition_case_id_index" on "enforcement"."disposition" ("case_id");`);

    this.addSql(`create table "enforcement"."case_review" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "score" smallint not null, "summary" text not null, "is_typical_case" boolean not null, "reviewed_by" varchar(64) not null, "reviewed_at" timestamptz not null, constraint "case_review_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."case_review" add constraint "case_review_case_id_unique" unique ("case_id");`);

    this.addSql(`create table "enforcement"."whistle" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "unit_id" uuid not null, "department_id" uuid not null, "urgency" "enforcement"."whistle_urgency" not null, "reason" text not null, "blown_by" varchar(64) not null, "blown_at" timestamptz not null, "respond_by" timestamptz not null, "acknowledged_at" timestamptz null, "responded_at" timestamptz null, "response" text null, "responded_late" boolean not null default false, constraint "whistle_pkey" primary key ("id"));`);
    this.addSql(`create index "whistle_case_id_index" on "enforcement"."whistle" ("case_id");`);
    this.addSql(`create index "whistle_unit_id_index" on "enforcement"."whistle" ("unit_id");`);
    this.addSql(`create index "whistle_department_id_index" on "enforcement"."whistle" ("department_id");`);
    this.addSql(`create index "whistle_respond_by_index" on "enforcement"."whistle" ("respond_by");`);
    this.addSql(`create index "whistle_responded_late_index" on "enforcement"."whistle" ("responded_late");`);

    this.addSql(`alter table "enforcement"."case" add constraint "case_violation_type_code_foreign" foreign key ("violation_type_code") references "enforcement"."violation_type" ("code") on update cascade;`);
    this.addSql(`alter table "enforcement"."case" add constraint "case_grid_cell_code_foreign" foreign key ("grid_cell_code") references "enforcement"."grid_cell" ("code") on update cascade;`);
    this.addSql(`alter table "enforcement"."case" add constraint "case_unit_id_foreign" foreign key ("unit_id") references "enforcement"."unit" ("id") on update cascade;`);
    this.addSql(`alter table "enforcement"."case" add constraint "case_assignee_id_foreign" foreign key ("assignee_id") references "enforcement"."officer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enforcement"."follow_up" add constraint "follow_up_case_id_foreign" foreign key ("case_id") references "enforcement"."case" ("id") on update cascade;`);

    this.addSql(`alter table "enforcement"."evidence" add constraint "evidence_case_id_foreign" foreign key ("case_id") references "enforcement"."case" ("id") on update cascade;`);

    this.addSql(`alter table "enforcement"."disposition" add constraint "disposition_case_id_foreign" foreign key ("case_id") references "enforcement"."case" ("id") on update cascade;`);

    this.addSql(`alter table "enforcement"."case_review" add constraint "case_review_case_id_foreign" foreign key ("case_id") references "enforcement"."case" ("id") on update cascade;`);

    this.addSql(`alter table "enforcement"."whistle" add constraint "whistle_case_id_foreign" foreign key ("case_id") references "enforcement"."case" ("id") on update cascade;`);
    this.addSql(`alter table "enforcement"."whistle" add constraint "whistle_unit_id_foreign" foreign key ("unit_id") references "enforcement"."unit" ("id") on update cascade;`);
    this.addSql(`alter table "enforcement"."whistle" add constraint "whistle_department_id_foreign" foreign key ("department_id") references "enforcement"."department" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement"."whistle" drop constraint "whistle_department_id_foreign";`);

    this.addSql(`alter table "enforcement"."follow_up" drop constraint "follow_up_case_id_foreign";`);

    this.addSql(`alter table "enforcement"."evidence" drop constraint "evidence_case_id_foreign";`);

    this.addSql(`alter table "enforcement"."disposition" drop constraint "disposition_case_id_foreign";`);

    this.addSql(`alter table "enforcement"."case_review" drop constraint "case_review_case_id_foreign";`);

    this.addSql(`alter table "enforcement"."whistle" drop constraint "whistle_case_id_foreign";`);

    this.addSql(`drop table if exists "enforcement"."case_event" cascade;`);

    this.addSql(`drop table if exists "enforcement"."case_number_counter" cascade;`);

    this.addSql(`drop table if exists "enforcement"."merchant_credit_entry" cascade;`);

    this.addSql(`drop table if exists "enforcement"."department" cascade;`);

    this.addSql(`drop table if exists "enforcement"."merchant" cascade;`);

    this.addSql(`drop table if exists "enforcement"."person" cascade;`);

    this.addSql(`drop table if exists "enforcement"."case" cascade;`);

    this.addSql(`drop table if exists "enforcement"."follow_up" cascade;`);

    this.addSql(`drop table if exists "enforcement"."evidence" cascade;`);

    this.addSql(`drop table if exists "enforcement"."disposition" cascade;`);

    this.addSql(`drop table if exists "enforcement"."case_review" cascade;`);

    this.addSql(`drop table if exists "enforcement"."whistle" cascade;`);

    this.addSql(`drop type "enforcement"."credit_mark";`);
    this.addSql(`drop type "enforcement"."disposition_kind";`);
    this.addSql(`drop type "enforcement"."business_type";`);
    this.addSql(`drop type "enforcement"."case_status";`);
    this.addSql(`drop type "enforcement"."case_source";`);
    this.addSql(`drop type "enforcement"."party_kind";`);
    this.addSql(`drop type "enforcement"."case_track";`);
    this.addSql(`drop type "enforcement"."penalty_procedure";`);
    this.addSql(`drop type "enforcement"."evidence_kind";`);
    this.addSql(`drop type "enforcement"."disposition_colour";`);
    this.addSql(`drop type "enforcement"."whistle_urgency";`);
  }

}
