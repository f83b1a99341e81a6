import { Migration } from '@mikro-orm/migrations';

export class Migration20261123015119_case_source_report extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement"."case" add column "source_report_id" uuid null;`);
    this.addSql(`create index "case_source_report_id_index" on "enforcement"."case" ("source_report_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "enforcement"."case_source_report_id_index";`);
    this.addSql(`alter table "enforcement"."case" drop column "source_report_id";`);
  }

}
