import { Migration } from '@mikro-orm/migrations';

export class Migration20261202161026_shifts_committees_outreach_community extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "service"."outreach_kind" as enum ('COMMUNITY_TALK', 'SCHOOL_CLASS', 'MERCHANT_BRIEFING', 'OPEN_DAY');`);
    this.addSql(`create table "service"."committee_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "committee_id" uuid not null, "merchant_id" uuid not null, "seat" smallint not null, constraint "committee_member_pkey" primary key ("id"));`);
    this.addSql(`create index "committee_member_committee_id_index" on "service"."committee_member" ("committee_id");`);
    this.addSql(`alter table "service"."committee_member" add constraint "committee_member_committee_id_merchant_id_unique" unique ("committee_id", "merchant_id");`);
    this.addSql(`alter table "service"."committee_member" add constraint "committee_member_committee_id_seat_unique" unique ("committee_id", "seat");`);

    this.addSql(`create table "service"."community_post" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "grid_code" varchar(20) not null, "community" varchar(40) not null, "officer_id" uuid not null, "unit_id" uuid not null, "work_phone" varchar(20) not null, "service_hours" varchar(80) not null, constraint "community_post_pkey" primary key ("id"));`);
    this.addSql(`alter table "service"."community_post" add constraint "community_post_grid_code_unique" unique ("grid_code");`);
    this.addSql(`create index "community_post_officer_id_index" on "service"."community_post" ("officer_id");`);

    this.addSql(`create table "service"."guide_shift" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "zone_id" uuid not null, "guide_officer_id" uuid null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "volunteers_needed" smallint not null, "activity_id" uuid null, "scheduled_by" varchar(80) not null, constraint "guide_shift_pkey" primary key ("id"));`);
    this.addSql(`create index "guide_shift_starts_at_index" on "service"."guide_shift" ("starts_at");`);
    this.addSql(`create index "guide_shift_guide_officer_id_starts_at_index" on "service"."guide_shift" ("guide_officer_id", "starts_at");`);
    this.addSql(`create index "guide_shift_zone_id_starts_at_id_index" on "service"."guide_shift" ("zone_id", "starts_at", "id");`);

    this.addSql(`create table "service"."opinion_item" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "post_id" uuid not null, "text" varchar(500) not null, "submitted_by" varchar(80) null, "answer" varchar(500) null, "answered_at" timestamptz null, "answered_by" varchar(80) null, constraint "opinion_item_pkey" primary key ("id"));`);
    this.addSql(`create index "opinion_item_post_id_created_at_id_index" on "service"."opinion_item" ("post_id", "created_at", "id");`);

    this.addSql(`create table "service"."outreach_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" "service"."outreach_kind" not null, "title" varchar(100) not null, "venue" varchar(200) not null, "grid_code" varchar(20) not null, "unit_id" uuid not null, "officer_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "attendance" int null, "activity_id" uuid null, constraint "outreach_event_pkey" primary key ("id"));`);
    this.addSql(`create index "outreach_event_officer_id_index" on "service"."outreach_event" ("officer_id");`);
    this.addSql(`create index "outreach_event_unit_id_starts_at_index" on "service"."outreach_event" ("unit_id", "starts_at");`);
    this.addSql(`create index "outreach_event_starts_at_id_index" on "service"."outreach_event" ("starts_at", "id");`);

    this.addSql(`create table "service"."self_governance_committee" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "zone_id" uuid not null, "name" varchar(60) not null, "chair_merchant_id" uuid not null, "roster_starts_on" date not null, constraint "self_governance_committee_pkey" primary key ("id"));`);
    this.addSql(`alter table "service"."self_governance_committee" add constraint "self_governance_committee_zone_id_unique" unique ("zone_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service"."committee_member" cascade;`);

    this.addSql(`drop table if exists "service"."community_post" cascade;`);

    this.addSql(`drop table if exists "service"."guide_shift" cascade;`);

    this.addSql(`drop table if exists "service"."opinion_item" cascade;`);

    this.addSql(`drop table if exists "service"."outreach_event" cascade;`);

    this.addSql(`drop table if exists "service"."self_governance_committee" cascade;`);

    this.addSql(`drop type "service"."outreach_kind";`);
  }

}
