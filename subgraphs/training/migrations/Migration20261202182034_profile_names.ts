import { Migration } from '@mikro-orm/migrations';

/** 培训档案 gains the officer's name and badge number (replicated from the HR roster) for gradebook exports. */
export class Migration20261202182034_profile_names extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "training"."training_profile" add column "name" varchar(40) null, add column "badge_number" varchar(20) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."training_profile" drop column if exists "name", drop column if exists "badge_number";`);
  }

}
