import { Migration } from '@mikro-orm/migrations';

export class Migration20261123014322_drills extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "training"."drill_run_status" as enum ('IN_PROGRESS', 'FINISHED');`);
    this.addSql(`create table "training"."drill" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "title" varchar(120) not null, "summary" text not null, "source_case_id" uuid null, "start_step_key" varchar(30) not null, "steps" jsonb not null, constraint "drill_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."drill" add constraint "drill_code_unique" unique ("code");`);

    this.addSql(`create table "training"."drill_run" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "drill_id" uuid not null, "officer_id" uuid not null, "status" "training"."drill_run_status" not null default 'IN_PROGRESS', "current_step_key" varchar(30) not null, "path" jsonb not null, "critical_failure" boolean not null default false, "finished_at" timestamptz null, constraint "drill_run_pkey" primary key ("id"));`);
    this.addSql(`create index "drill_run_officer_id_index" on "training"."drill_run" ("officer_id");`);
    this.addSql(`create index "drill_run_drill_id_created_at_index" on "training"."drill_run" ("drill_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."drill" cascade;`);

    this.addSql(`drop table if exists "training"."drill_run" cascade;`);

    this.addSql(`drop type "training"."drill_run_status";`);
  }

}
