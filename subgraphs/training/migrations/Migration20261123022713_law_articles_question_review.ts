import { Migration } from '@mikro-orm/migrations';

export class Migration20261123022713_law_articles_question_review extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "training"."law_article_status" as enum ('CURRENT', 'AMENDED', 'RETIRED');`);
    this.addSql(`create table "training"."law_article" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "law_name" varchar(60) not null, "article" varchar(30) not null, "version_label" varchar(40) not null, "effective_on" date not null, "summary" varchar(500) not null, "status" "training"."law_article_status" not null default 'CURRENT', "supersedes" uuid null, "status_reason" varchar(500) null, constraint "law_article_pkey" primary key ("id"));`);
    this.addSql(`create index "law_article_status_index" on "training"."law_article" ("status");`);
    this.addSql(`alter table "training"."law_article" add constraint "law_article_law_name_article_version_label_unique" unique ("law_name", "article", "version_label");`);

    this.addSql(`alter table "training"."question" add column "needs_review" boolean not null default false, add column "review_reason" varchar(300) null;`);
    this.addSql(`create index "question_needs_review_index" on "training"."question" ("needs_review");`);

    this.addSql(`alter table "training"."question_version" add column "law_article_id" uuid null;`);
    this.addSql(`create index "question_version_law_article_id_index" on "training"."question_version" ("law_article_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "training"."law_article" cascade;`);

    this.addSql(`drop index "training"."question_needs_review_index";`);
    this.addSql(`alter table "training"."question" drop column "needs_review", drop column "review_reason";`);

    this.addSql(`drop index "training"."question_version_law_article_id_index";`);
    this.addSql(`alter table "training"."question_version" drop column "law_article_id";`);

    this.addSql(`drop type "training"."law_article_status";`);
  }

}
