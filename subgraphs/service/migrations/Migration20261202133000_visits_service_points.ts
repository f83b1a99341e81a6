import { Migration } from '@mikro-orm/migrations';

export class Migration20261202133000_visits_service_points extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "service"."concern_topic" as enum ('LICENCE', 'PREMISES', 'SANITATION', 'FACILITIES', 'DISPUTE', 'POLICY', 'OTHER');`);
    this.addSql(`create type "service"."concern_resolution" as enum ('SOLVED_ON_THE_SPOT', 'MANAGEMENT_TASK');`);
    this.addSql(`create type "service"."visitor_group" as enum ('SANITATION_WORKER', 'COURIER', 'OTHER');`);

    this.addSql(`create table "service"."merchant_visit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "unit_id" uuid not null, "merchant_id" uuid not null, "grid_code" varchar(20) not null, "visited_at" timestamptz not null, "note" varchar(1000) not null, "concern_count" smallint not null, "solved_on_the_spot_count" smallint not null, constraint "merchant_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "merchant_visit_merchant_id_index" on "service"."merchant_visit" ("merchant_id");`);
    this.addSql(`create index "merchant_visit_unit_id_visited_at_index" on "service"."merchant_visit" ("unit_id", "visited_at");`);
    this.addSql(`create index "merchant_visit_officer_id_visited_at_index" on "service"."merchant_visit" ("officer_id", "visited_at");`);

    this.addSql(`create table "service"."visit_concern" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "visit_id" uuid not null, "topic" "service"."concern_topic" not null, "description" varchar(500) not null, "resolution" "service"."concern_resolution" not null, "resolution_note" varchar(500) not null, constraint "visit_concern_pkey" primary key ("id"));`);
    this.addSql(`create index "visit_concern_visit_id_index" on "service"."visit_concern" ("visit_id");`);

    this.addSql(`create table "service"."service_point" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(60) not null, "address" varchar(200) not null, "lat" double precision not null, "lng" double precision not null, "grid_code" varchar(20) not null, "unit_id" uuid not null, "opening_hours" varchar(40) not null, "amenities" text[] not null, constraint "service_point_pkey" primary key ("id"));`);
    this.addSql(`create index "service_point_grid_code_index" on "service"."service_point" ("grid_code");`);
    this.addSql(`create index "service_point_unit_id_index" on "service"."service_point" ("unit_id");`);

    this.addSql(`create table "service"."service_point_visit_tally" ("service_point_id" uuid not null, "day" date not null, "visitor_group" "service"."visitor_group" not null, "visits" int not null, constraint "service_point_visit_tally_pkey" primary key ("service_point_id", "day", "visitor_group"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service"."service_point_visit_tally" cascade;`);
    this.addSql(`drop table if exists "service"."service_point" cascade;`);
    this.addSql(`drop table if exists "service"."visit_concern" cascade;`);
    this.addSql(`drop table if exists "service"."merchant_visit" cascade;`);
    this.addSql(`drop type "service"."visitor_group";`);
    this.addSql(`drop type "service"."concern_resolution";`);
    this.addSql(`drop type "service"."concern_topic";`);
  }

}
