import { Migration } from '@mikro-orm/migrations';

/** Issue 8: participationStats reads one period of reports (city-wide or one grid cell) from a covering index. */
export class Migration20261202060100_report_stats_indexes extends Migration {
  override async up(): Promise<void> {
    const cols = '"duplicate_of_id", "status", "first_response_at", "rating"';
    // the report list's keyset index, now covering the statistics' columns too
    this.addSql(`drop index "participation"."report_submitted_at_id_index";`);
    this.addSql(`create index "report_submitted_at_id_index" on "participation"."report" ("submitted_at", "id") include ("grid_code", ${cols});`);
    this.addSql(`create index "report_grid_code_submitted_at_index" on "participation"."report" ("grid_code", "submitted_at") include (${cols});`);
    this.addSql(`drop index if exists "participation"."report_grid_code_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "report_grid_code_index" on "participation"."report" ("grid_code");`);
    this.addSql(`drop index if exists "participation"."report_grid_code_submitted_at_index";`);
    this.addSql(`drop index "participation"."report_submitted_at_id_index";`);
    this.addSql(`create index "report_submitted_at_id_index" on "participation"."report" ("submitted_at", "id");`);
  }
}
