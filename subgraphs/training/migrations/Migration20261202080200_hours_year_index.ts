import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 8, trainingCompliance with thousands of officers over ten years: the year's hours of the whole population
 * come from one covering index range (year, officer_id) instead of a scan of every year's entries.
 */
export class Migration20261202080200_hours_year_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "training_hours_entry_year_officer_id_index" on "training"."training_hours_entry" ("year", "officer_id") include ("hours", "category");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "training"."training_hours_entry_year_officer_id_index";`);
  }
}
