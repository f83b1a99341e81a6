import { Migration } from '@mikro-orm/migrations';

/** 重新评分恢复资格: the attempt whose regrade wrote a certification record (its suspension or reinstatement). */
export class Migration20261202182757_certification_regrade_attempt extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "training"."certification" add column "regrade_attempt_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "training"."certification" drop column "regrade_attempt_id";`);
  }

}
