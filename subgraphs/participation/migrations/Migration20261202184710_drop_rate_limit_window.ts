import { Migration } from '@mikro-orm/migrations';

/**
 * The rate limiter moved into the kernel (table rate_limit_counter, created in every subgraph's schema by `migrate`),
 * so the service subgraph's public writes are limited too. Participation's own counter table goes: its windows last
 * ten minutes, so dropping them only lets each client start a fresh window once.
 */
export class Migration20261202184710_drop_rate_limit_window extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop table if exists "participation"."rate_limit_window" cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create table "participation"."rate_limit_window" ("bucket" varchar(120) not null, "window_start" timestamptz(6) not null, "hits" int4 not null default 0, constraint "rate_limit_window_pkey" primary key ("bucket", "window_start"));`,
    );
  }
}
