import { Migration } from '@mikro-orm/migrations';

import { statementTriggers } from '../../../kernel/db/statement-triggers';
import { sqlChinaDate } from '../../../kernel/time/china-time';

/** Report statuses, in enum order (report/report-enums.ts). */
const STATUSES = ['SUBMITTED', 'ACCEPTED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED', 'REFERRED'];

/** Integer counters of report_day_stats (the numeric sums response_seconds and rating_sum follow). */
export const REPORT_COUNTERS = [
  'all_count', 'original_count', 'duplicate_count', 'valid_count', 'resolved_count', 'response_n', 'rating_n',
  ...STATUSES.map((s) => `status_${s.toLowerCase()}`),
];

/** Each report row's contribution (× sign) to its submission day and grid cell ('' when none). */
const contributions = (source: string, sign: 1 | -1) => {
  const o = 'r.duplicate_of_id is null';
  const n = (cond: string) => `${sign} * coalesce(${cond}, false)::int`;
  return `select ${sqlChinaDate('r.submitted_at')} as day, coalesce(r.grid_code, '') as grid_code,
           ${sign} as all_count, ${n(o)} as original_count, ${n('r.duplicate_of_id is not null')} as duplicate_count,
           ${n(`${o} and r.status <> 'REJECTED'`)} as valid_count, ${n(`${o} and r.status in ('RESOLVED', 'CLOSED')`)} as resolved_count,
           ${n(`${o} and r.first_response_at is not null`)} as response_n, ${n(`${o} and r.rating is not null`)} as rating_n,
           ${STATUSES.map((s) => `${n(`${o} and r.status = '${s}'`)} as status_${s.toLowerCase()}`).join(', ')},
           case when ${o} and r.first_response_at is not null then ${sign} * extract(epoch from r.first_response_at - r.submitted_at) else 0 end as response_seconds,
           case when ${o} and r.rating is not null then ${sign} * r.rating::numeric else 0 end as rating_sum
      from ${source} r`;
};

const upsert = (rows: string) => `
  insert into "participation"."report_day_stats" as t
  select day, grid_code, ${REPORT_COUNTERS.map((c) => `sum(${c})`).join(', ')}, sum(response_seconds), sum(rating_sum)
    from (${rows}) d
   group by day, grid_code
  having ${REPORT_COUNTERS.map((c) => `sum(${c}) <> 0`).join(' or ')} or sum(response_seconds) <> 0 or sum(rating_sum) <> 0
   order by day, grid_code
  on conflict (day, grid_code) do update set ${[...REPORT_COUNTERS, 'response_seconds', 'rating_sum'].map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')};`;

/**
 * Issue 8, participationStats at hundreds of thousands of reports: per China-time day and grid cell, the counts and
 * sums the statistics read, kept by statement-level triggers in the same transaction as every change of a report.
 * A period reads its whole days here and only its partial edge days from `report`.
 */
export class Migration20261202080100_report_day_stats extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "participation"."report_day_stats" (
      "day" date not null, "grid_code" varchar(20) not null,
      ${REPORT_COUNTERS.map((c) => `"${c}" bigint not null default 0`).join(', ')},
      "response_seconds" numeric not null default 0, "rating_sum" numeric not null default 0,
      constraint "report_day_stats_pkey" primary key ("day", "grid_code"));`);
    this.addSql(`create index "report_day_stats_grid_code_day_index" on "participation"."report_day_stats" ("grid_code", "day");`);
    this.addSql(`
create function "participation"."report_day_stats_after"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then${upsert(contributions('changed', 1))}
  elsif TG_OP = 'DELETE' then${upsert(contributions('before', -1))}
  else${upsert(`${contributions('changed', 1)} union all ${contributions('before', -1)}`)}
  end if;
  return null;
end $$;
${statementTriggers('participation', 'report', 'report_day_stats')}`);
    this.addSql(upsert(contributions('"participation"."report"', 1)));
  }

  override async down(): Promise<void> {
    for (const t of ['ins', 'upd', 'del']) {
      this.addSql(`drop trigger if exists "report_day_stats_${t}" on "participation"."report";`);
    }
    this.addSql(`drop function if exists "participation"."report_day_stats_after"();`);
    this.addSql(`drop table if exists "participation"."report_day_stats";`);
  }
}
