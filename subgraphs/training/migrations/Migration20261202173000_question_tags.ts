import { Migration } from '@mikro-orm/migrations';

/** 标签: free tags on bank questions (issue 10, "categories and tags"), filtered with a GIN index (`tags @> array[…]`). */
export class Migration20261202173000_question_tags extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "training"."question" add column "tags" text[] not null default '{}';`);
    this.addSql(`create index "question_tags_gin" on "training"."question" using gin ("tags");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "training"."question_tags_gin";`);
    this.addSql(`alter table "training"."question" drop column if exists "tags";`);
  }
}
