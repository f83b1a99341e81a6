import { Migration } from '@mikro-orm/migrations';

/** Issue 9: one effective decision per case (supersession columns) and findings that end a case without one. */
export class Migration20261202130000_one_decision extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement"."disposition" add column "superseded_at" timestamptz null, add column "supersede_reason" text null, add column "superseded_by" varchar(64) null;`);
    this.addSql(`create index "disposition_superseded_at_index" on "enforcement"."disposition" ("superseded_at") where "superseded_at" is not null;`);

    this.addSql(`create type "enforcement"."case_finding_kind" as enum ('NO_VIOLATION', 'REFERRED_ELSEWHERE', 'PARTY_UNIDENTIFIABLE');`);
    this.addSql(`create table "enforcement"."case_finding" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "case_id" uuid not null, "kind" "enforcement"."case_finding_kind" not null, "reason" text not null, "evidence_count" int not null, "recorded_by" varchar(64) not null, "recorded_at" timestamptz not null, constraint "case_finding_pkey" primary key ("id"));`);
    this.addSql(`alter table "enforcement"."case_finding" add constraint "case_finding_case_id_unique" unique ("case_id");`);
    this.addSql(`alter table "enforcement"."case_finding" add constraint "case_finding_case_id_foreign" foreign key ("case_id") references "enforcement"."case" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "enforcement"."case_finding" cascade;`);
    this.addSql(`drop type "enforcement"."case_finding_kind";`);
    this.addSql(`drop index "enforcement"."disposition_superseded_at_index";`);
    this.addSql(`alter table "enforcement"."disposition" drop column "superseded_at", drop column "supersede_reason", drop column "superseded_by";`);
  }

}
