import { Migration } from '@mikro-orm/migrations';

export class Migration20261123004840 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "participation";`);
    this.addSql(`create type "participation"."report_category" as enum ('STREET_VENDING', 'OUT_OF_STORE_OPERATION', 'LITTERING', 'GRAFFITI_AND_POSTERS', 'ILLEGAL_CONSTRUCTION', 'CATERING_FUMES', 'NOISE', 'SHARED_BIKE_PARKING', 'DAMAGED_FACILITY', 'OTHER');`);
    this.addSql(`create type "participation"."report_status" as enum ('SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED', 'REFERRED');`);
    this.addSql(`create table "participation"."report" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "tracking_code" varchar(16) not null, "category" "participation"."report_category" not null, "description" text not null, "lat" double precision not null, "lng" double precision not null, "address" varchar(200) not null, "photo_uris" text[] not null, "status" "participation"."report_status" not null default 'SUBMITTED', "submitted_at" timestamptz not null, "grid_code" varchar(20) null, "assigned_officer_id" uuid null, "reporter_subject" varchar(64) null, "contact_phone" varchar(20) null, "idempotency_key" varchar(80) null, constraint "report_pkey" primary key ("id"));`);
    this.addSql(`alter table "participation"."report" add constraint "report_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`create index "report_status_index" on "participation"."report" ("status");`);
    this.addSql(`create index "report_grid_code_index" on "participation"."report" ("grid_code");`);
    this.addSql(`create index "report_assigned_officer_id_index" on "participation"."report" ("assigned_officer_id");`);
    this.addSql(`alter table "participation"."report" add constraint "report_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "report_submitted_at_id_index" on "participation"."report" ("submitted_at", "id");`);
  }

}
