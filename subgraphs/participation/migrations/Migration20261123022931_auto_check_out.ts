import { Migration } from '@mikro-orm/migrations';

export class Migration20261123022931_auto_check_out extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "participation"."activity_sign_up" add column "auto_checked_out" boolean not null default false;`);
    this.addSql(`create index "activity_sign_up_checked_in_at_index" on "participation"."activity_sign_up" ("checked_in_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "participation"."activity_sign_up_checked_in_at_index";`);
    this.addSql(`alter table "participation"."activity_sign_up" drop column "auto_checked_out";`);
  }

}
