import { Migration } from '@mikro-orm/migrations';

export class Migration20261123021711_evidence_custody extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "enforcement"."custody_action" as enum ('ADDED', 'ACCESSED', 'HANDED_OVER');`);
    this.addSql(`create table "enforcement"."evidence_custody_event" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "evidence_id" uuid not null, "action" "enforcement"."custody_action" not null, "actor_subject" varchar(80) null, "to_holder" varchar(120) null, "reason" varchar(300) null, "at" timestamptz not null, constraint "evidence_custody_event_pkey" primary key ("id"));`);
    this.addSql(`create index "evidence_custody_event_evidence_id_index" on "enforcement"."evidence_custody_event" ("evidence_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enforcement"."evidence_custody_event" cascade;`);

    this.addSql(`drop type "enforcement"."custody_action";`);
  }

}
