import { Migration } from '@mikro-orm/migrations';

export class Migration20261202163608_community_ratings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "service"."assessment_line" as enum ('RESIDENT', 'SQUAD');`);
    this.addSql(`create table "service"."community_rating" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "post_id" uuid not null, "officer_id" uuid not null, "line" "service"."assessment_line" not null, "rater_subject" varchar(80) not null, "score" smallint not null, constraint "community_rating_pkey" primary key ("id"));`);
    this.addSql(`create index "community_rating_officer_id_updated_at_index" on "service"."community_rating" ("officer_id", "updated_at");`);
    this.addSql(`alter table "service"."community_rating" add constraint "community_rating_post_id_line_rater_subject_unique" unique ("post_id", "line", "rater_subject");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service"."community_rating" cascade;`);

    this.addSql(`drop type "service"."assessment_line";`);
  }

}
