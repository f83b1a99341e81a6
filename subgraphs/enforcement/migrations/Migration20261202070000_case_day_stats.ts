import { Migration } from '@mikro-orm/migrations';

import { statementTriggers } from '../../../kernel/db/statement-triggers';
import { sqlChinaDate } from '../../../kernel/time/china-time';

/**
 * Issue 8, enforcementStats at a million cases: `case_day_stats` holds, per China-time day, unit and grid cell, what
 * the statistics count for the cases that occurred / fell due / were closed that day. Statement-level triggers on
 * `case` add the new rows' and subtract the old rows' contributions in the same transaction as the change, so the
 * figures are exact; `case.has_recording` (kept by a trigger on `evidence`) makes recording coverage a column of
 * the case like the others. A period then reads its whole days here and only its partial edge days from `case`.
 */
export class Migration20261202070000_case_day_stats extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "enforcement"."case" add column "has_recording" boolean not null default false;`);
    this.addSql(`update "enforcement"."case" c set "has_recording" = true
      where exists (select 1 from "enforcement"."evidence" e where e.case_id = c.id and e.kind = 'RECORDING');`);
    this.addSql(EVIDENCE_TRIGGER);
    this.addSql(`create table "enforcement"."case_day_stats" (
      "unit_id" uuid not null, "day" date not null, "grid_cell_code" varchar(20) not null,
      ${COUNTERS.map((c) => `"${c}" bigint not null default 0`).join(', ')}, "handled_hours" numeric not null default 0,
      constraint "case_day_stats_pkey" primary key ("unit_id", "day", "grid_cell_code"));`);
    this.addSql(`create index "case_day_stats_day_index" on "enforcement"."case_day_stats" ("day");`);
    this.addSql(`create index "case_day_stats_grid_cell_code_day_index" on "enforcement"."case_day_stats" ("grid_cell_code", "day");`);
    this.addSql(DAY_STATS_TRIGGER);
    this.addSql(BACKFILL);
  }

  override async down(): Promise<void> {
    for (const t of ['case_day_stats_ins', 'case_day_stats_upd', 'case_day_stats_del']) {
      this.addSql(`drop trigger if exists "${t}" on "enforcement"."case";`);
    }
    this.addSql(`drop trigger if exists "evidence_recording_ins" on "enforcement"."evidence";`);
    this.addSql(`drop trigger if exists "evidence_recording_del" on "enforcement"."evidence";`);
    this.addSql(`drop function if exists "enforcement"."case_day_stats_after"();`);
    this.addSql(`drop function if exists "enforcement"."evidence_recording_after"();`);
    this.addSql(`drop table if exists "enforcement"."case_day_stats";`);
    this.addSql(`alter table "enforcement"."case" drop column "has_recording";`);
  }
}

/** Integer counters of case_day_stats, in column order (handled_hours, a numeric sum, comes last). */
export const COUNTERS = [
  'occurred', 'service', 'management', 'enforcement', 'repeats', 'recorded',
  'due', 'closed_on_time', 'closed', 'reworked', 'handled', 'followed_up',
] as const;

/** China Standard Time day of a timestamp (UTC+8, no daylight saving). */
const day = sqlChinaDate;
const sum = COUNTERS.map((c) => `sum(${c})`).join(', ');

const EVIDENCE_TRIGGER = `
create function "enforcement"."evidence_recording_after"() returns trigger language plpgsql as $$
begin
  update "enforcement"."case" c set has_recording = exists (
           select 1 from "enforcement"."evidence" e where e.case_id = c.id and e.kind = 'RECORDING')
   where c.id in (select case_id from changed where kind = 'RECORDING')
     and c.has_recording is distinct from exists (select 1 from "enforcement"."evidence" e where e.case_id = c.id and e.kind = 'RECORDING');
  return null;
end $$;
create trigger "evidence_recording_ins" after insert on "enforcement"."evidence" referencing new table as changed
  for each statement execute function "enforcement"."evidence_recording_after"();
create trigger "evidence_recording_del" after delete on "enforcement"."evidence" referencing old table as changed
  for each statement execute function "enforcement"."evidence_recording_after"();
`;

/**
 * Each case row's contribution (× sign) to the day of its occurrence, of its deadline and of its closure, summed
 * per (unit, day, grid cell); `source` is the table or transition table the rows come from.
 */
const contributions = (source: string, sign: 1 | -1) => `
      select r.unit_id, ${day('r.occurred_at')} as day, r.grid_cell_code, ${sign} as occurred, ${sign} * coalesce(r.track = 'SERVICE', false)::int as service,
             ${sign} * coalesce(r.track = 'MANAGEMENT', false)::int as management, ${sign} * coalesce(r.track = 'ENFORCEMENT', false)::int as enforcement,
             ${sign} * r.is_repeat::int as repeats, ${sign} * coalesce(r.track = 'ENFORCEMENT' and r.has_recording, false)::int as recorded,
             0 as due, 0 as closed_on_time, 0 as closed, 0 as reworked, 0 as handled, 0 as followed_up, 0::numeric as handled_hours
        from ${source} r
      union all
      select r.unit_id, ${day('r.due_at')}, r.grid_cell_code, 0, 0, 0, 0, 0, 0, ${sign}, ${sign} * (r.closed_at is not null and r.closed_at <= r.due_at)::int,
             0, 0, 0, 0, 0
        from ${source} r where r.due_at is not null
      union all
      select r.unit_id, ${day('r.closed_at')}, r.grid_cell_code, 0, 0, 0, 0, 0, 0, 0, 0, ${sign}, ${sign} * (r.rework_count > 0)::int,
             ${sign} * (r.filed_at is not null)::int, ${sign} * (r.followed_up_at is not null)::int,
             ${sign} * coalesce(extract(epoch from r.closed_at - r.filed_at) / 3600, 0)
        from ${source} r where r.closed_at is not null`;

/** Sums contributions per key and adds them to case_day_stats (rows in key order: no deadlock between writers). */
const upsert = (rows: string) => `
  insert into "enforcement"."case_day_stats" as t
  select unit_id, day, grid_cell_code, ${sum}, sum(handled_hours)
    from (${rows}) d
   group by unit_id, day, grid_cell_code
  having ${COUNTERS.map((c) => `sum(${c}) <> 0`).join(' or ')} or sum(handled_hours) <> 0
   order by unit_id, day, grid_cell_code
  on conflict (unit_id, day, grid_cell_code) do update set
    ${COUNTERS.map((c) => `${c} = t.${c} + excluded.${c}`).join(', ')}, handled_hours = t.handled_hours + excluded.handled_hours;`;

export const BACKFILL = upsert(contributions('"enforcement"."case"', 1));

/** case_day_stats as recounted from scratch (the rows with any non-zero figure), for checks. */
export const DAY_STATS_RECOUNT = `select unit_id, day, grid_cell_code, ${sum}, sum(handled_hours) as handled_hours
  from (${contributions('"enforcement"."case"', 1)}) d group by unit_id, day, grid_cell_code`;

const DAY_STATS_TRIGGER = `
create function "enforcement"."case_day_stats_after"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then${upsert(contributions('changed', 1))}
  elsif TG_OP = 'DELETE' then${upsert(contributions('before', -1))}
  else${upsert(`${contributions('changed', 1)}
      union all${contributions('before', -1)}`)}
  end if;
  return null;
end $$;

${statementTriggers('enforcement', 'case', 'case_day_stats')}
`;
