import { Migration } from '@mikro-orm/migrations';

/**
 * Cases opened from a merchant-visit concern (service subgraph, outbox). Trimmed by hand from the generated diff,
 * which also proposed dropping the hand-written statistics tables and indexes of earlier migrations.
 */
export class Migration20261202155224_visit_concern_cases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "enforcement"."case_source" add value if not exists 'MERCHANT_VISIT' after 'VOLUNTEER';`);
    this.addSql(`alter table "enforcement"."case" add column "source_visit_id" uuid null, add column "source_visit_concern_id" uuid null;`);
    this.addSql(`alter table "enforcement"."case" add constraint "case_source_visit_concern_id_unique" unique ("source_visit_concern_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement"."case" drop constraint "case_source_visit_concern_id_unique";`);
    this.addSql(`alter table "enforcement"."case" drop column "source_visit_id", drop column "source_visit_concern_id";`);
  }

}
