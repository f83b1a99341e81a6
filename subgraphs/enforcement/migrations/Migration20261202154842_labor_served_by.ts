import { Migration } from '@mikro-orm/migrations';

/** 以劳代罚 bound to the party: the account of the person who serves a labor-in-lieu disposition. */
export class Migration20261202154842_labor_served_by extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement"."disposition" add column "labor_served_by" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement"."disposition" drop column "labor_served_by";`);
  }
}
