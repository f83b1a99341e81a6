import { Migration } from '@mikro-orm/migrations';

export class Migration20261123004542 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "enforcement";`);
    this.addSql(`create type "enforcement"."unit_level" as enum ('BUREAU', 'BRIGADE', 'SQUAD', 'TEAM');`);
    this.addSql(`create type "enforcement"."officer_position" as enum ('MEMBER', 'LEGAL_OFFICER', 'DEPUTY_SQUAD_LEADER', 'SQUAD_LEADER', 'BRIGADE_LEADER', 'BUREAU_LEADER');`);
    this.addSql(`create type "enforcement"."officer_status" as enum ('ACTIVE', 'SUSPENDED', 'RETIRED');`);
    this.addSql(`create type "enforcement"."violation_category" as enum ('CITY_APPEARANCE', 'STREET_VENDING', 'OUT_OF_STORE_OPERATION', 'ILLEGAL_CONSTRUCTION', 'GRAFFITI_AND_POSTERS', 'LITTERING', 'CATERING_FUMES', 'NOISE', 'SHARED_BIKE_PARKING', 'LIVESTREAM_OBSTRUCTION', 'OUTDOOR_ADVERTISING', 'CONSTRUCTION_WASTE');`);
    this.addSql(`create table "enforcement"."unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "short_name" varchar(40) not null, "level" "enforcement"."unit_level" not null, "parent_id" uuid null, "jurisdiction" varchar(60) null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`create index "unit_parent_id_index" on "enforcement"."unit" ("parent_id");`);

    this.addSql(`create table "enforcement"."officer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "badge_number" varchar(20) not null, "name" varchar(40) not null, "unit_id" uuid not null, "position" "enforcement"."officer_position" not null, "status" "enforcement"."officer_status" not null default 'ACTIVE', "hired_on" date not null, "phone" varchar(20) null, "photo_uri" varchar(300) null, constraint "officer_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."officer" add constraint "officer_badge_number_unique" unique ("badge_number");`);
    this.addSql(`create index "officer_unit_id_index" on "enforcement"."officer" ("unit_id");`);

    this.addSql(`create table "enforcement"."grid_cell" ("code" varchar(20) not null, "name" varchar(60) not null, "district" varchar(40) not null, "street" varchar(40) not null, "community" varchar(40) not null, "min_lat" double precision not null, "min_lng" double precision not null, "max_lat" double precision not null, "max_lng" double precision not null, "unit_id" uuid not null, "responsible_officer_id" uuid null, constraint "grid_cell_pkey" primary key ("code"));`);
    this.addSql(`create index "grid_cell_street_index" on "enforcement"."grid_cell" ("street");`);
    this.addSql(`create index "grid_cell_unit_id_index" on "enforcement"."grid_cell" ("unit_id");`);
    this.addSql(`create index "grid_cell_responsible_officer_id_index" on "enforcement"."grid_cell" ("responsible_officer_id");`);

    this.addSql(`create table "enforcement"."officer_grid_assignment" ("officer_id" uuid not null, "grid_cell_code" varchar(20) not null, "since" timestamptz not null, constraint "officer_grid_assignment_pkey" primary key ("officer_id", "grid_cell_code"));`);
    this.addSql(`create index "officer_grid_assignment_grid_cell_code_index" on "enforcement"."officer_grid_assignment" ("grid_cell_code");`);

    this.addSql(`create table "enforcement"."violation_type" ("code" varchar(16) not null, "name_zh" varchar(100) not null, "name_en" varchar(140) not null, "category" "enforcement"."violation_category" not null, "legal_basis_law" varchar(120) not null, "legal_basis_article" varchar(60) not null, "fine_min_yuan" int not null, "fine_max_yuan" int not null, "on_exemption_list" boolean not null, "exemption_conditions" varchar(300) null, "labor_in_lieu_allowed" boolean not null, "rectification_days" int not null, constraint "violation_type_pkey" primary key ("code"));`);
    this.addSql(`create index "violation_type_category_index" on "enforcement"."violation_type" ("category");`);
    this.addSql(`create index "violation_type_on_exemption_list_index" on "enforcement"."violation_type" ("on_exemption_list");`);

    this.addSql(`alter table "enforcement"."unit" add constraint "unit_parent_id_foreign" foreign key ("parent_id") references "enforcement"."unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enforcement"."officer" add constraint "officer_unit_id_foreign" foreign key ("unit_id") references "enforcement"."unit" ("id") on update cascade;`);

    this.addSql(`alter table "enforcement"."grid_cell" add constraint "grid_cell_unit_id_foreign" foreign key ("unit_id") references "enforcement"."unit" ("id") on update cascade;`);
    this.addSql(`alter table "enforcement"."grid_cell" add constraint "grid_cell_responsible_officer_id_foreign" foreign key ("responsible_officer_id") references "enforcement"."officer" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "enforcement"."officer_grid_assignment" add constraint "officer_grid_assignment_officer_id_foreign" foreign key ("officer_id") references "enforcement"."officer" ("id") on update cascade;`);
    this.addSql(`alter table "enforcement"."officer_grid_assignment" add constraint "officer_grid_assignment_grid_cell_code_foreign" foreign key ("grid_cell_code") references "enforcement"."grid_cell" ("code") on update cascade;`);
  }

}
