import { Migration } from '@mikro-orm/migrations';

export class Migration20261202165221_service_point_volunteers extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service"."service_point" add column "volunteer_activity_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service"."service_point" drop column "volunteer_activity_id";`);
  }

}
