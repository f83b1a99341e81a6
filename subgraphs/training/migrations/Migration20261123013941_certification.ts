import { Migration } from '@mikro-orm/migrations';

export class Migration20261123013941_certification extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training"."certification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "officer_id" uuid not null, "number" varchar(40) not null, "issued_on" date not null, "expires_on" date not null, "suspended" boolean not null default false, "supersedes_id" uuid null, "reason" varchar(200) not null, "issued_by" varchar(80) null, "source_attempt_id" uuid null, constraint "certification_pkey" primary key ("id"));`);
    this.addSql(`create index "certification_expires_on_index" on "training"."certification" ("expires_on");`);
    this.addSql(`alter table "training"."certification" add constraint "certification_supersedes_id_unique" unique ("supersedes_id");`);
    this.addSql(`alter table "training"."certification" add constraint "certification_source_attempt_id_unique" unique ("source_attempt_id");`);
    this.addSql(`create index "certification_officer_id_created_at_index" on "training"."certification" ("officer_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."certification" cascade;`);
  }

}
