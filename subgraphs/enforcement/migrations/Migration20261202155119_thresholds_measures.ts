import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 14: the thresholds of legal review and disclosure as versioned data (version 1: the statutory defaults);
 * confiscation and licence measures on decisions and legal reviews; and the partial index of decisions still waiting
 * for disclosure, so the publication job reads what is due instead of every penalty ever decided.
 */
export class Migration20261202155119_thresholds_measures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "enforcement"."enforcement_thresholds" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null, "effective_from" timestamptz not null, "large_fine_person_yuan" int not null, "large_fine_organisation_yuan" int not null, "confiscation_review_from_yuan" int not null, "publication_working_days" int not null, "withdrawal_working_days" int not null, "disclosure_review_hours" int not null, "adopted_by" varchar(200) not null, "set_by" varchar(64) not null, constraint "enforcement_thresholds_pkey" primary key ("id"));`);
    this.addSql(`create index "enforcement_thresholds_effective_from_index" on "enforcement"."enforcement_thresholds" ("effective_from");`);
    this.addSql(`alter table "enforcement"."enforcement_thresholds" add constraint "enforcement_thresholds_version_unique" unique ("version");`);
    this.addSql(`insert into "enforcement"."enforcement_thresholds" values ('00000000-0000-4000-8000-0000000000e1', now(), now(), 1, '2021-07-15T00:00:00+08:00', 5000, 50000, 0, 7, 3, 24,
      '《中华人民共和国行政处罚法》（2021年修订）、国办发〔2018〕118号', 'migration');`);

    this.addSql(`alter table "enforcement"."legal_review" add column "measures" jsonb not null default '[]', add column "confiscated_value_yuan" int null;`);
    this.addSql(`alter table "enforcement"."legal_review" alter column "measures" drop default;`);
    this.addSql(`alter table "enforcement"."disposition" add column "measures" jsonb not null default '[]', add column "confiscated_value_yuan" int null, add column "disclosure_pending" boolean not null default false;`);
    this.addSql(`alter table "enforcement"."disposition" alter column "measures" drop default;`);
    this.addSql(`update "enforcement"."disposition" d set "disclosure_pending" = true
      where d."kind" = 'PENALTY' and d."fine_yuan" is not null and d."superseded_at" is null
        and not exists (select 1 from "enforcement"."penalty_disclosure" p where p."disposition_id" = d."id");`);
    this.addSql(`create index "disposition_disclosure_pending_index" on "enforcement"."disposition" ("decided_at", "id") where "disclosure_pending";`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "enforcement"."disposition_disclosure_pending_index";`);
    this.addSql(`alter table "enforcement"."disposition" drop column "measures", drop column "confiscated_value_yuan", drop column "disclosure_pending";`);
    this.addSql(`alter table "enforcement"."legal_review" drop column "measures", drop column "confiscated_value_yuan";`);
    this.addSql(`drop table if exists "enforcement"."enforcement_thresholds" cascade;`);
  }
}
