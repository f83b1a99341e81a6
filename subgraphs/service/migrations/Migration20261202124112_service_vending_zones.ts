import { Migration } from '@mikro-orm/migrations';

export class Migration20261202124112_service_vending_zones extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "service";`);
    this.addSql(`create type "service"."stall_category" as enum ('SNACKS', 'PRODUCE', 'GOODS', 'CRAFTS', 'REPAIRS');`);
    this.addSql(`create type "service"."stall_status" as enum ('FREE', 'ALLOCATED', 'OUT_OF_SERVICE');`);
    this.addSql(`create type "service"."vending_zone_kind" as enum ('MORNING_MARKET', 'NIGHT_MARKET', 'CONVENIENCE_POINT');`);
    this.addSql(`create type "service"."vending_zone_status" as enum ('OPEN', 'SUSPENDED');`);
    this.addSql(`create table "service"."stall" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "zone_id" uuid not null, "number" varchar(10) not null, "category" "service"."stall_category" not null, "environmental_stove" boolean not null, "status" "service"."stall_status" not null, constraint "stall_pkey" primary key ("id"));`);
    this.addSql(`create index "stall_zone_id_status_index" on "service"."stall" ("zone_id", "status");`);
    this.addSql(`alter table "service"."stall" add constraint "stall_zone_id_number_unique" unique ("zone_id", "number");`);

    this.addSql(`create table "service"."vending_zone" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(60) not null, "kind" "service"."vending_zone_kind" not null, "status" "service"."vending_zone_status" not null, "address" varchar(200) not null, "lat" double precision not null, "lng" double precision not null, "grid_code" varchar(20) not null, "unit_id" uuid not null, "opens_minute" smallint not null, "closes_minute" smallint not null, "facilities" text[] not null, constraint "vending_zone_pkey" primary key ("id"));`);
    this.addSql(`create index "vending_zone_grid_code_index" on "service"."vending_zone" ("grid_code");`);
    this.addSql(`create index "vending_zone_unit_id_index" on "service"."vending_zone" ("unit_id");`);
    this.addSql(`create index "vending_zone_lat_lng_index" on "service"."vending_zone" ("lat", "lng");`);
  }

}
