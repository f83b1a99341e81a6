import { Migration } from '@mikro-orm/migrations';

/** Issue 9: points granted or deducted by an ADMIN or SUPERVISOR, with who and why in the ledger. */
export class Migration20261202130100_points_adjustment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter type "participation"."point_reason" add value if not exists 'ADJUSTMENT';`);
    this.addSql(`alter table "participation"."point_entry" add column "recorded_by" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "participation"."point_entry" where "reason" = 'ADJUSTMENT';`);
    this.addSql(`alter table "participation"."point_entry" drop column "recorded_by";`);
  }

}
