import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 8: `case_event (case_id)` duplicates the leading column of the unique (case_id, seq) index that already
 * serves every read of a timeline; dropping it saves one index write per event (the largest table).
 */
export class Migration20261202080000_case_event_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index if exists "enforcement"."case_event_case_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "case_event_case_id_index" on "enforcement"."case_event" ("case_id");`);
  }
}
