import { Migration } from '@mikro-orm/migrations';

export class Migration20261123015946_labor_in_lieu extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "participation"."activity_sign_up" add column "disposition_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "participation"."activity_sign_up" drop column "disposition_id";`);
  }

}
