import { Migration } from '@mikro-orm/migrations';

import { statementTriggers } from '../../../kernel/db/statement-triggers';

/**
 * Issue 8 (statistics and lists at a million cases):
 * - composite indexes matched to each case-list filter and the keyset order (occurred_at desc, id desc), replacing
 *   the single-column ones they start with; covering indexes for the three periods of enforcementStats;
 * - `case.is_repeat` (the party had a case of the same violation type in the 12 months before), kept exact by
 *   statement-level triggers in the same transaction as every insert, update or delete of a case;
 * - `case_tally`: case counts per (unit, grid cell, violation type, status, track, typical), kept by the same kind
 *   of trigger, so a list's totalCount is a sum over a few thousand rows instead of a count over a million.
 */
export class Migration20261202060000_scale_indexes extends Migration {
  override async up(): Promise<void> {
    const c = '"enforcement"."case"';
    for (const old of ['status', 'violation_type_code', 'party_id', 'grid_cell_code', 'unit_id', 'assignee_id', 'track', 'is_typical_case']) {
      this.addSql(`drop index if exists "enforcement"."case_${old}_index";`);
    }
    this.addSql(`alter table ${c} add column "is_repeat" boolean not null default false;`);

    // keyset lists: one index per filter, in the list order
    this.addSql(`create index "case_unit_id_occurred_at_id_index" on ${c} ("unit_id", "occurred_at", "id") include ("grid_cell_code", "track", "is_repeat");`);
    this.addSql(`create index "case_status_occurred_at_id_index" on ${c} ("status", "occurred_at", "id");`);
    this.addSql(`create index "case_violation_type_code_occurred_at_id_index" on ${c} ("violation_type_code", "occurred_at", "id");`);
    this.addSql(`create index "case_grid_cell_code_occurred_at_id_index" on ${c} ("grid_cell_code", "occurred_at", "id") include ("unit_id", "track", "is_repeat");`);
    this.addSql(`create index "case_assignee_id_occurred_at_id_index" on ${c} ("assignee_id", "occurred_at", "id");`);
    this.addSql(`create index "case_party_id_occurred_at_id_index" on ${c} ("party_id", "occurred_at", "id");`);
    this.addSql(`create index "case_track_occurred_at_id_index" on ${c} ("track", "occurred_at", "id");`);
    this.addSql(`create index "case_typical_occurred_at_id_index" on ${c} ("occurred_at", "id") where "is_typical_case";`);
    this.addSql(
      `create index "case_open_occurred_at_id_index" on ${c} ("occurred_at", "id") include ("due_at", "unit_id") ` +
        `where "status" in ('REPORTED', 'FILED', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'VERIFIED');`,
    );
    // enforcementStats: one covering index per period column (city-wide), the unit ones lead with unit_id
    // the no-filter list order and the city-wide occurred-at scan: one index, covering the statistics' columns
    this.addSql(`drop index "enforcement"."case_occurred_at_id_index";`);
    this.addSql(`create index "case_occurred_at_id_index" on ${c} ("occurred_at", "id") include ("unit_id", "grid_cell_code", "track", "is_repeat");`);
    this.addSql(`create index "case_due_at_stats_index" on ${c} ("due_at") include ("unit_id", "grid_cell_code", "closed_at") where "due_at" is not null;`);
    this.addSql(`create index "case_unit_id_due_at_index" on ${c} ("unit_id", "due_at") include ("grid_cell_code", "closed_at") where "due_at" is not null;`);
    this.addSql(
      `create index "case_closed_at_stats_index" on ${c} ("closed_at") include ("unit_id", "grid_cell_code", "filed_at", "rework_count", "followed_up_at") ` +
        `where "closed_at" is not null;`,
    );
    this.addSql(
      `create index "case_unit_id_closed_at_index" on ${c} ("unit_id", "closed_at") include ("grid_cell_code", "filed_at", "rework_count", "followed_up_at") ` +
        `where "closed_at" is not null;`,
    );
    this.addSql(`drop index if exists "enforcement"."case_due_at_index";`);
    // the repeat look-back (party, violation type, 12 months before)
    this.addSql(`create index "case_party_id_violation_type_code_occurred_at_index" on ${c} ("party_id", "violation_type_code", "occurred_at");`);
    this.addSql(`create index "evidence_recording_case_id_index" on "enforcement"."evidence" ("case_id") where "kind" = 'RECORDING';`);

    this.addSql(REPEAT_FUNCTIONS);
    this.addSql(`update ${c} c set "is_repeat" = true where exists (
      select 1 from ${c} p where p.party_id = c.party_id and p.violation_type_code = c.violation_type_code and p.id <> c.id
        and p.occurred_at < c.occurred_at and p.occurred_at >= c.occurred_at - interval '12 months');`);

    this.addSql(`create table "enforcement"."case_tally" (
      "unit_id" uuid not null, "grid_cell_code" varchar(20) not null, "violation_type_code" varchar(16) not null,
      "status" "enforcement"."case_status" not null, "track" text not null, "is_typical_case" boolean not null, "n" bigint not null,
      constraint "case_tally_pkey" primary key ("unit_id", "grid_cell_code", "violation_type_code", "status", "track", "is_typical_case"));`);
    this.addSql(TALLY_FUNCTIONS);
    this.addSql(`insert into "enforcement"."case_tally"
      select unit_id, grid_cell_code, violation_type_code, status, coalesce(track::text, '-'), is_typical_case, count(*)
        from ${c} group by 1, 2, 3, 4, 5, 6;`);
  }

  override async down(): Promise<void> {
    for (const t of ['case_repeat_ins', 'case_repeat_upd', 'case_repeat_del', 'case_tally_ins', 'case_tally_upd', 'case_tally_del']) {
      this.addSql(`drop trigger if exists "${t}" on "enforcement"."case";`);
    }
    this.addSql(`drop function if exists "enforcement"."case_repeat_after"() cascade;`);
    this.addSql(`drop function if exists "enforcement"."case_repeat_refresh"(uuid[], text[], timestamptz[], timestamptz[]);`);
    this.addSql(`drop function if exists "enforcement"."case_tally_after"() cascade;`);
    this.addSql(`drop table if exists "enforcement"."case_tally";`);
    this.addSql(`alter table "enforcement"."case" drop column "is_repeat";`);
  }
}

/** The (party, violation type) pairs of `rows` with the time span each covers, into `k`. */
const repeatKeys = (rows: string) => `
    select array_agg(party_id) as p, array_agg(vt) as v, array_agg(mn) as f, array_agg(mx) as t into k
      from (select party_id, violation_type_code as vt, min(occurred_at) as mn, max(occurred_at) as mx from (${rows}) m group by 1, 2) s;`;

const MOVED = `from before o join changed n on n.id = o.id
  where (o.party_id, o.violation_type_code, o.occurred_at) is distinct from (n.party_id, n.violation_type_code, n.occurred_at)`;
const MOVED_ROWS = `select o.party_id, o.violation_type_code, o.occurred_at ${MOVED} union all select n.party_id, n.violation_type_code, n.occurred_at ${MOVED}`;

/**
 * is_repeat of a case depends on the cases of the same party and violation type in the 12 months before it, so a
 * change at time t can only change cases of that pair in [t, t + 12 months]: those are recomputed, nothing else.
 */
const REPEAT_FUNCTIONS = `
create function "enforcement"."case_repeat_refresh"(p_party uuid[], p_type text[], p_from timestamptz[], p_to timestamptz[]) returns void
language sql as $$
  update "enforcement"."case" c set is_repeat = r.flag
    from (select x.id, exists (
                   select 1 from "enforcement"."case" p
                    where p.party_id = x.party_id and p.violation_type_code = x.violation_type_code and p.id <> x.id
                      and p.occurred_at < x.occurred_at and p.occurred_at >= x.occurred_at - interval '12 months') as flag
            from unnest(p_party, p_type, p_from, p_to) as k(party_id, violation_type_code, from_at, to_at)
            join "enforcement"."case" x on x.party_id = k.party_id and x.violation_type_code = k.violation_type_code
             and x.occurred_at >= k.from_at and x.occurred_at <= k.to_at + interval '12 months') r
   where c.id = r.id and c.is_repeat is distinct from r.flag
$$;

create function "enforcement"."case_repeat_after"() returns trigger language plpgsql as $$
declare
  k record;
begin
  if TG_OP = 'INSERT' then${repeatKeys('select party_id, violation_type_code, occurred_at from changed')}
  elsif TG_OP = 'DELETE' then${repeatKeys('select party_id, violation_type_code, occurred_at from before')}
  else
    -- only rows whose party, violation type or time changed matter (not the is_repeat updates made here)${repeatKeys(MOVED_ROWS)}
  end if;
  if k.p is not null then
    perform "enforcement"."case_repeat_refresh"(k.p, k.v, k.f, k.t);
  end if;
  return null;
end $$;

${statementTriggers('enforcement', 'case', 'case_repeat')}
`;

const TALLY_KEY = 'unit_id, grid_cell_code, violation_type_code, status, coalesce(track::text, \'-\'), is_typical_case';
const tallyDelta = (rows: string) => `
    insert into "enforcement"."case_tally" as t (unit_id, grid_cell_code, violation_type_code, status, track, is_typical_case, n)
    select unit_id, grid_cell_code, violation_type_code, status, track, is_typical_case, sum(d)
      from (${rows}) x (unit_id, grid_cell_code, violation_type_code, status, track, is_typical_case, d)
     group by 1, 2, 3, 4, 5, 6 having sum(d) <> 0 order by 1, 2, 3, 4, 5, 6
    on conflict (unit_id, grid_cell_code, violation_type_code, status, track, is_typical_case) do update set n = t.n + excluded.n;`;

/** Adds the new rows' and subtracts the old rows' counts, in key order (no deadlock between two writers). */
const TALLY_FUNCTIONS = `
create function "enforcement"."case_tally_after"() returns trigger language plpgsql as $$
begin
  if TG_OP = 'INSERT' then${tallyDelta(`select ${TALLY_KEY}, 1 from changed`)}
  elsif TG_OP = 'DELETE' then${tallyDelta(`select ${TALLY_KEY}, -1 from before`)}
  else${tallyDelta(`select ${TALLY_KEY}, 1 from changed union all select ${TALLY_KEY}, -1 from before`)}
  end if;
  return null;
end $$;

${statementTriggers('enforcement', 'case', 'case_tally')}
`;
