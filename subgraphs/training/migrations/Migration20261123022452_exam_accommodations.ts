import { Migration } from '@mikro-orm/migrations';

export class Migration20261123022452_exam_accommodations extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "training"."exam_accommodation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "exam_id" uuid not null, "officer_id" uuid not null, "extra_minutes" smallint not null, "reason" varchar(500) not null, "approved_by" varchar(80) not null, "approved_at" timestamptz not null, constraint "exam_accommodation_pkey" primary key ("id"));`);
    this.addSql(`alter table "training"."exam_accommodation" add constraint "exam_accommodation_exam_id_officer_id_unique" unique ("exam_id", "officer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."exam_accommodation" cascade;`);
  }

}
