import { Migration } from '@mikro-orm/migrations';

export class Migration20261123021405_handling_limits_hearing extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement"."violation_type" add column "handling_working_days" smallint not null default 15;`);

    this.addSql(`alter table "enforcement"."disposition" add column "hearing_notice_at" timestamptz null, add column "hearing_request_by" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "enforcement"."disposition" drop column "hearing_notice_at", drop column "hearing_request_by";`);

    this.addSql(`alter table "enforcement"."violation_type" drop column "handling_working_days";`);
  }

}
