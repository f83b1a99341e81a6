import { Migration } from '@mikro-orm/migrations';

export class Migration20261123023425_volunteer_teams extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "participation"."volunteer_team" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(50) not null, "grid_code" varchar(20) not null, "leader_volunteer_id" uuid not null, constraint "volunteer_team_pkey" primary key ("id"));`);
    this.addSql(`alter table "participation"."volunteer_team" add constraint "volunteer_team_name_unique" unique ("name");`);
    this.addSql(`create index "volunteer_team_grid_code_index" on "participation"."volunteer_team" ("grid_code");`);
    this.addSql(`create index "volunteer_team_created_at_id_index" on "participation"."volunteer_team" ("created_at", "id");`);

    this.addSql(`alter table "participation"."volunteer" add column "team_id" uuid null;`);
    this.addSql(`create index "volunteer_team_id_index" on "participation"."volunteer" ("team_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "participation"."volunteer_team" cascade;`);

    this.addSql(`drop index "participation"."volunteer_team_id_index";`);
    this.addSql(`alter table "participation"."volunteer" drop column "team_id";`);
  }

}
