import { Migration } from '@mikro-orm/migrations';

export class Migration20261123020640_report_unit extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "participation"."report" add column "unit_id" uuid null;`);
    this.addSql(`create index "report_unit_id_index" on "participation"."report" ("unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "participation"."report_unit_id_index";`);
    this.addSql(`alter table "participation"."report" drop column "unit_id";`);
  }

}
