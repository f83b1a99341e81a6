import { Migration } from '@mikro-orm/migrations';

export class Migration20261202164022_permit_renewal extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service"."stall_permit" add column "renewed_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service"."stall_permit" drop column "renewed_at";`);
  }

}
