import type { Client } from 'pg';

import { batches } from './scale-plan';
import type { ScalePlan } from './scale-plan';
import type { EnforcementScaleResult } from './seed-enforcement-scale';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'; // the tracking-code alphabet (report/tracking-code.ts)

/** 8 characters of the tracking-code alphabet from the integer expression `n` (unique per n < 30⁸). */
const trackingCode = (n: string) =>
  `'SSP-' || ${Array.from({ length: 8 }, (_, d) => `substr('${ALPHABET}', 1 + ((${n} / ${30 ** (7 - d)}::bigint) % 30)::int, 1)`).join(' || ')}`;

/** Citizen reports 2017 → yesterday in the participation schema, dispatched to the grid's officers. */
export async function seedParticipationScale(db: Client, plan: ScalePlan, roster: EnforcementScaleResult): Promise<void> {
  await db.query(`set search_path to participation, public`);
  await db.query(`select setseed(0.17)`);
  const officersByUnit = new Map<string, string[]>();
  for (const o of roster.officers) {
    officersByUnit.set(o.unitId, [...(officersByUnit.get(o.unitId) ?? []), o.id]);
  }
  await db.query(
    `drop table if exists s_rgrid; create temp table s_rgrid (k int primary key, code text, unit_id uuid, min_lat float8, min_lng float8, officers uuid[])`,
  );
  await db.query(
    `insert into s_rgrid select (k - 1)::int, code, unit_id, min_lat, min_lng, string_to_array(officers, ',')::uuid[]
       from unnest($1::text[], $2::uuid[], $3::float8[], $4::float8[], $5::text[]) with ordinality as g(code, unit_id, min_lat, min_lng, officers, k)`,
    [
      roster.grid.map((g) => g.code),
      roster.grid.map((g) => g.unitId),
      roster.grid.map((g) => g.minLat),
      roster.grid.map((g) => g.minLng),
      roster.grid.map((g) => (officersByUnit.get(g.unitId) ?? []).join(',')),
    ],
  );
  const n = roster.grid.length;
  const spanMs = plan.to.getTime() - plan.from.getTime();
  for (const [a, b] of batches(plan.reports, plan.batchSize)) {
    await db.query('begin');
    await db.query(`drop table if exists s_report`);
    await db.query(
      `create temp table s_report as
       select pg_temp.seed_uuid() as id, b.i, g.code, g.unit_id, g.min_lat, g.min_lng,
              g.officers[1 + floor(random() * coalesce(array_length(g.officers, 1), 1))::int] as officer,
              date_trunc('milliseconds', $3::timestamptz + ((b.i + random()) * $4::float8 / $5::int) * interval '1 millisecond') as at,
              b.rs, b.rh, b.rr
         from (select i, random() as rs, random() as rh, random() as rr, floor(power(random(), 1.3) * ${n})::int as kg
                 from generate_series($1::int, $2::int - 1) i) b
         join s_rgrid g on g.k = b.kg`,
      [a, b, plan.from, spanMs, plan.reports],
    );
    await db.query(
      `insert into report (id, created_at, updated_at, tracking_code, category, description, lat, lng, address, photo_uris, status, submitted_at,
                           grid_code, assigned_officer_id, reporter_subject, duplicate_of_id, first_response_at, resolved_at, rating, rated_at, unit_id)
       select r.id, r.at, r.at, ${trackingCode('(r.i + 1000000)')},
              (array['STREET_VENDING','OUT_OF_STORE_OPERATION','LITTERING','GRAFFITI_AND_POSTERS','ILLEGAL_CONSTRUCTION','CATERING_FUMES','NOISE','SHARED_BIKE_PARKING','DAMAGED_FACILITY','OTHER'])[1 + floor(power(r.rh, 1.5) * 10)::int]::report_category,
              '市民反映：' || r.code || '附近有问题需要处理', r.min_lat + r.rh * 0.01, r.min_lng + r.rr * 0.01, r.code || '附近', '{}',
              r.status, r.at, r.code, case when r.status <> 'SUBMITTED' then r.officer end,
              case when r.rr < 0.6 then 'citizen-' || (r.i % 50000) end,
              case when r.dup then lag(r.id) over (order by r.i) end,
              case when r.status not in ('SUBMITTED') then r.at + (0.2 + power(r.rh, 2) * 6) * interval '1 hour' end,
              case when r.status in ('RESOLVED', 'CLOSED') then r.at + (2 + r.rh * 40) * interval '1 hour' end,
              case when r.status in ('RESOLVED', 'CLOSED') and r.rr < 0.4 then 3 + floor(r.rs * 3)::int end,
              case when r.status in ('RESOLVED', 'CLOSED') and r.rr < 0.4 then r.at + interval '3 days' end,
              r.unit_id
         from (select s.*, (s.rr > 0.95 and s.i > $1::int) as dup,
                      (case when s.at < $2::timestamptz - interval '30 days' then
                              case when s.rs < 0.72 then 'CLOSED' when s.rs < 0.88 then 'RESOLVED' when s.rs < 0.96 then 'REJECTED' else 'REFERRED' end
                            else (array['SUBMITTED','ACCEPTED','DISPATCHED','IN_PROGRESS','RESOLVED','CLOSED'])[1 + floor(s.rs * 6)::int] end)::report_status as status
                 from s_report s) r`,
      [a, plan.to],
    );
    await db.query('commit');
    plan.log(`participation: reports ${b}/${plan.reports}`);
  }
}
