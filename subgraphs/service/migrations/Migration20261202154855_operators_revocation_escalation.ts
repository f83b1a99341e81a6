import { Migration } from '@mikro-orm/migrations';

export class Migration20261202154855_operators_revocation_escalation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service"."merchant_operator" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "merchant_id" uuid not null, "subject" varchar(80) not null, "verified_by" varchar(80) not null, constraint "merchant_operator_pkey" primary key ("id"));`);
    this.addSql(`alter table "service"."merchant_operator" add constraint "merchant_operator_subject_merchant_id_unique" unique ("subject", "merchant_id");`);

    this.addSql(`alter type "service"."stall_permit_status" add value if not exists 'REVOKED' after 'WITHDRAWN';`);

    this.addSql(`alter table "service"."stall_permit" add column "warning_count" smallint not null default 0, add column "last_warned_at" timestamptz null, add column "last_warning_reason" varchar(300) null, add column "revoked_at" timestamptz null, add column "revocation_reason" varchar(300) null;`);

    this.addSql(`alter table "service"."visit_concern" add column "escalated_at" timestamptz null, add column "violation_type_code" varchar(20) null, add column "case_id" uuid null, add column "case_number" varchar(20) null, add column "escalation_refusal" varchar(300) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "service"."merchant_operator" cascade;`);

    this.addSql(`alter table "service"."stall_permit" drop column "warning_count", drop column "last_warned_at", drop column "last_warning_reason", drop column "revoked_at", drop column "revocation_reason";`);

    this.addSql(`alter table "service"."visit_concern" drop column "escalated_at", drop column "violation_type_code", drop column "case_id", drop column "case_number", drop column "escalation_refusal";`);
  }

}
