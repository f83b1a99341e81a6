import { Migration } from '@mikro-orm/migrations';

export class Migration20261123014153_report_case extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "participation"."report" add column "case_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "participation"."report" drop column "case_id";`);
  }

}
